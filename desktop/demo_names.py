"""Name lists and places for the demo store.

Names are romanised as they usually appear on a Dutch residence permit. Where a
country names people after their father (Eritrea, Somalia), the family names are
fathers' given names, and the demo gives children their father's given name.
"""

from __future__ import annotations

# origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "SY": (
        ("Mohammad", "Ahmad", "Mahmoud", "Khaled", "Omar", "Ali", "Hassan", "Hussein", "Yousef",
         "Ibrahim", "Abdullah", "Mustafa", "Samer", "Bashar", "Rami", "Fadi", "Ammar", "Tarek",
         "Walid", "Ziad", "Majd", "Karam", "Anas", "Firas", "Hamza", "Bilal", "Jamal", "Imad",
         "Osama", "Adnan", "Ghassan", "Hani", "Khalil", "Marwan", "Saleh", "Wael", "Yaser",
         "Zaid", "Rakan", "Nizar"),
        ("Fatima", "Aisha", "Maryam", "Nour", "Hiba", "Rania", "Lina", "Rasha", "Dima", "Hala",
         "Reem", "Sara", "Yasmin", "Layla", "Amal", "Ghada", "Huda", "Iman", "Jana", "Lama",
         "Manal", "Mais", "Nada", "Rahaf", "Rawan", "Salam", "Samar", "Suha", "Wafaa", "Zeinab",
         "Bushra", "Asmaa", "Haya", "Alaa", "Ruba", "Shahd", "Tala", "Yara"),
        ("Al-Ahmad", "Alhassan", "Al-Khatib", "Haddad", "Hamdan", "Al-Ali", "Alhussein",
         "Darwish", "Khalil", "Mansour", "Nasser", "Al-Masri", "Alhalabi", "Al-Shami", "Kurdi",
         "Sabbagh", "Al-Omar", "Hamoud", "Alhamwi", "Jabr", "Khoury", "Al-Zoubi", "Al-Rifai",
         "Alsaleh", "Qasem", "Al-Tawil", "Barakat", "Haj Ali", "Al-Issa", "Shaheen", "Ibrahim",
         "Youssef", "Alabdullah", "Al-Hamad", "Al-Khalaf", "Hassoun", "Al-Sayed", "Sheikho",
         "Othman", "Hammoud"),
    ),
    "ER": (
        ("Tesfay", "Yonas", "Dawit", "Filmon", "Semere", "Habtom", "Kidane", "Mehari",
         "Berhane", "Tekle", "Yohannes", "Goitom", "Merhawi", "Natnael", "Samuel", "Amanuel",
         "Biniam", "Daniel", "Efrem", "Fitsum", "Haile", "Isaias", "Kibrom", "Mussie",
         "Mulugeta", "Negash", "Robel", "Senay", "Tewelde", "Weldu", "Yemane", "Zerai",
         "Abraham", "Aron", "Michael", "Henok", "Tsegay", "Ermias"),
        ("Helen", "Senait", "Selam", "Saba", "Rahel", "Mebrat", "Lidia", "Luwam", "Eden",
         "Feven", "Hiwet", "Yordanos", "Winta", "Ruta", "Tsega", "Mihret", "Freweyni", "Almaz",
         "Azieb", "Elsa", "Hanna", "Meron", "Nardos", "Semhar", "Tirhas", "Yodit", "Abeba",
         "Miriam", "Letekidan", "Akberet", "Ariam", "Danait", "Fiyori", "Hermon", "Kisanet",
         "Netsanet"),
        ("Tesfamariam", "Ghebreyesus", "Haile", "Tekle", "Kidane", "Berhe", "Gebremichael",
         "Woldemariam", "Habte", "Mehari", "Asfaha", "Andemariam", "Ghebrehiwet", "Negassi",
         "Tesfai", "Weldemichael", "Yohannes", "Zerezghi", "Abraha", "Gebru", "Kahsay",
         "Okbazghi", "Sium", "Teklehaimanot", "Tewolde", "Ghirmay", "Measho", "Solomon",
         "Hagos", "Bahta", "Estifanos", "Russom"),
    ),
    "AF": (
        ("Mohammad", "Ahmad", "Abdul Wahid", "Ali", "Hamid", "Karim", "Rahim", "Nasir",
         "Farid", "Jawad", "Sayed", "Mustafa", "Rahmatullah", "Naqibullah", "Hekmatullah",
         "Zabihullah", "Ghulam Sakhi", "Habib", "Jamshid", "Khalid", "Mahmood", "Najib",
         "Obaidullah", "Qadir", "Rashid", "Shafiq", "Sohail", "Wahid", "Yasin", "Zia",
         "Bilal", "Hamed", "Mujtaba", "Reza", "Fawad", "Asad", "Idris", "Murtaza"),
        ("Fatima", "Zahra", "Maryam", "Marzia", "Shabnam", "Farzana", "Nargis", "Parwana",
         "Roya", "Soraya", "Zarghona", "Habiba", "Khadija", "Laila", "Mina", "Mursal",
         "Nilofar", "Pari", "Rahima", "Sadia", "Sahar", "Shakila", "Sima", "Tahmina",
         "Wazhma", "Yalda", "Zainab", "Zohra", "Freshta", "Hosai", "Masooda", "Nazanin",
         "Sabira", "Shukria", "Tamana", "Homa"),
        ("Ahmadi", "Rahimi", "Karimi", "Hashimi", "Sultani", "Popal", "Stanekzai", "Noori",
         "Haidari", "Hussaini", "Mohammadi", "Rezaie", "Amiri", "Azizi", "Hakimi", "Jafari",
         "Qaderi", "Rasuli", "Safi", "Sharifi", "Wardak", "Yousufzai", "Zazai", "Niazi",
         "Habibi", "Akbari", "Nazari", "Sadat", "Samadi", "Faizi", "Mohmand", "Durrani",
         "Barakzai", "Hotak", "Kakar", "Sahak"),
    ),
    "TR": (
        ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman",
         "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut",
         "Recep", "Fatih", "Emre", "Burak", "Kemal", "Serkan", "Volkan", "Erdal", "Cem",
         "Deniz", "Can", "Baran", "Berk", "Kadir", "Tarık", "Orhan", "Selim", "Zeki", "Levent",
         "Onur", "Rojhat"),
        ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Sultan",
         "Hülya", "Derya", "Esra", "Gül", "Merve", "Özlem", "Sevgi", "Songül", "Tuba",
         "Yasemin", "Zehra", "Büşra", "Ebru", "Filiz", "Gizem", "Kübra", "Leyla", "Nur",
         "Pınar", "Seda", "Sibel", "Aslı", "Dilek", "Ece", "Melek", "Nesrin", "Rojda",
         "Berfin"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
         "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt",
         "Özkan", "Şimşek", "Polat", "Korkmaz", "Güneş", "Erdoğan", "Acar", "Aksoy", "Aktaş",
         "Bulut", "Tekin", "Gündoğdu", "Ateş", "Altun", "Keskin", "Ekinci", "Tunç"),
    ),
    "YE": (
        ("Mohammed", "Abdulrahman", "Abdullah", "Ahmed", "Ali", "Saleh", "Nabil", "Fuad",
         "Adel", "Hamid", "Hisham", "Jamal", "Khaled", "Majed", "Mansour", "Murad", "Nasser",
         "Qais", "Radwan", "Saeed", "Sami", "Tawfiq", "Waleed", "Yahya", "Zakaria", "Ammar",
         "Bassam", "Fahd", "Haitham", "Ibrahim", "Mukhtar", "Osama", "Rashad", "Sultan",
         "Taha", "Wadah"),
        ("Amal", "Asma", "Arwa", "Bushra", "Fatima", "Hanan", "Huda", "Ibtisam", "Khadija",
         "Lamya", "Maha", "Najla", "Nisreen", "Raghad", "Samira", "Sumaya", "Thuraya",
         "Widad", "Yasmeen", "Zahra", "Afrah", "Alia", "Eman", "Ghadeer", "Hana", "Intisar",
         "Jamila", "Mona", "Noura", "Rehab", "Safa", "Shaima", "Suad", "Wafa"),
        ("Al-Hakimi", "Al-Sharabi", "Al-Aghbari", "Al-Eryani", "Al-Maqtari", "Al-Sanani",
         "Al-Adeni", "Al-Hadrami", "Al-Shaibani", "Al-Yafei", "Al-Amri", "Al-Ansi", "Bamatraf",
         "Basalamah", "Al-Kibsi", "Al-Zubairi", "Al-Qadhi", "Al-Haddad", "Al-Mekhlafi",
         "Bawazir", "Al-Absi", "Al-Dhubhani", "Al-Jabri", "Al-Sabri", "Nasser", "Qaid",
         "Saif", "Al-Wazir", "Al-Khulaidi", "Al-Ahdal", "Al-Junaid"),
    ),
    "IR": (
        ("Reza", "Ali", "Mohammad", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Majid",
         "Behzad", "Babak", "Dariush", "Farhad", "Kaveh", "Kian", "Navid", "Omid", "Payam",
         "Pouya", "Ramin", "Sina", "Soroush", "Arash", "Bahram", "Ehsan", "Javad", "Kamran",
         "Milad", "Morteza", "Peyman"),
        ("Maryam", "Fatemeh", "Zahra", "Leila", "Mahsa", "Nazanin", "Parisa", "Roya", "Sara",
         "Shirin", "Simin", "Azadeh", "Bahar", "Elham", "Farnaz", "Golnaz", "Hoda", "Ladan",
         "Mina", "Narges", "Neda", "Niloufar", "Parvaneh", "Samira", "Sepideh", "Shadi",
         "Taraneh", "Yasaman", "Zohreh", "Arezoo"),
        ("Ahmadi", "Hosseini", "Rezaei", "Mohammadi", "Karimi", "Moradi", "Jafari", "Rahimi",
         "Sadeghi", "Ghasemi", "Mousavi", "Hashemi", "Kazemi", "Akbari", "Alavi", "Bagheri",
         "Ebrahimi", "Fazeli", "Ghorbani", "Heidari", "Kamali", "Mahmoudi", "Najafi", "Nouri",
         "Rostami", "Salehi", "Shirazi", "Tehrani", "Yazdani", "Zand"),
    ),
    "IQ": (
        ("Mohammed", "Ali", "Hussein", "Ahmed", "Haider", "Abbas", "Mustafa", "Karrar", "Omar",
         "Ammar", "Saif", "Yasir", "Zaid", "Mahdi", "Hassan", "Sajjad", "Murtadha",
         "Muntadhar", "Qasim", "Raad", "Salah", "Firas", "Ayad", "Hamza", "Dilshad", "Karwan",
         "Rebwar", "Shwan", "Soran", "Aso"),
        ("Zainab", "Fatima", "Maryam", "Noor", "Huda", "Sara", "Ruqaya", "Zahraa", "Hawraa",
         "Shahad", "Ban", "Dunya", "Israa", "Marwa", "Rusul", "Safaa", "Sura", "Tabarek",
         "Wasan", "Aya", "Avin", "Bahar", "Berivan", "Dilan", "Hozan", "Nasrin", "Shilan",
         "Shno", "Rezan", "Kajal"),
        ("Al-Jubouri", "Al-Dulaimi", "Al-Obaidi", "Al-Tamimi", "Al-Saadi", "Al-Rubaie",
         "Al-Shammari", "Al-Khafaji", "Al-Musawi", "Al-Hashimi", "Al-Baghdadi", "Al-Janabi",
         "Al-Zubaidi", "Al-Bayati", "Al-Ani", "Al-Azzawi", "Kareem", "Jasim", "Hamid",
         "Abdulla", "Rashid", "Mahmood", "Hawrami", "Sulaimani", "Qadir", "Aziz", "Salih",
         "Karim", "Omer", "Mustafa"),
    ),
    "SO": (
        ("Abdirahman", "Abdullahi", "Ahmed", "Ali", "Mohamed", "Hassan", "Hussein", "Ibrahim",
         "Ismail", "Omar", "Yusuf", "Abdikarim", "Abdiaziz", "Abdiwali", "Farah", "Guled",
         "Jama", "Liban", "Mahad", "Mukhtar", "Nur", "Osman", "Said", "Warsame", "Abshir",
         "Bashir", "Dahir", "Hamza", "Khalid", "Mustafe"),
        ("Amina", "Fadumo", "Hodan", "Halima", "Hawa", "Khadija", "Maryan", "Nimco", "Sahra",
         "Ubah", "Ayan", "Deeqa", "Farhiya", "Hibo", "Ifrah", "Istar", "Kowsar", "Leyla",
         "Muna", "Najma", "Sagal", "Safiya", "Samira", "Shukri", "Sucaad", "Filsan", "Hamdi",
         "Idil", "Nasteho", "Zamzam"),
        ("Abdi", "Ahmed", "Ali", "Mohamed", "Hassan", "Hussein", "Omar", "Farah", "Jama",
         "Warsame", "Yusuf", "Osman", "Nur", "Aden", "Hirsi", "Mohamud", "Abdullahi",
         "Ismail", "Dirie", "Egal", "Elmi", "Gedi", "Guleid", "Hersi", "Isse", "Mahamud",
         "Samatar", "Shire", "Yasin", "Duale"),
    ),
}

# Children carry their father's given name as family name here.
PATRONYMIC = frozenset({"ER", "SO"})
# Here a wife keeps her own family name; elsewhere (Turkey) she takes her husband's.
WIFE_KEEPS_NAME = frozenset({"SY", "YE", "IQ", "IR", "AF", "ER", "SO"})

# Asylum centres where people linked to a municipality in the Gooi wait for a house.
AZC_LOCATIONS = (
    "AZC Amersfoort", "AZC Zeist", "AZC Utrecht", "AZC Leersum", "AZC Almere",
    "AZC Budel", "AZC Ter Apel", "AZC Dronten", "AZC Arnhem", "AZC Assen",
)

# Per municipality: its places, their postcode ranges (4 digits) and some streets.
MUNICIPALITIES: dict[str, dict[str, tuple]] = {
    "Hilversum": {
        "places": (("Hilversum", 1211, 1223),),
        "streets": (
            "Larenseweg", "Diependaalselaan", "Vaartweg", "Oosterengweg", "Neuweg",
            "Havenstraat", "Noorderweg", "Loosdrechtseweg", "Liebergerweg", "Kerkstraat",
            "Jan van der Heijdenstraat", "Bussumergrintweg", "Kolhornseweg", "Geraniumweg",
            "Anemoonstraat", "Seinhorst", "Van Riebeeckweg", "Hoge Naarderweg",
            "Minckelersstraat", "Erfgooiersstraat", "Lage Naarderweg", "Schapenkamp",
            "Utrechtseweg", "Soestdijkerstraatweg", "Egelshoek", "Gijsbrecht van Amstelstraat",
            "Johannes Geradtsweg", "Kamerlingh Onnesweg", "Edisonplein", "Stephensonstraat",
            "Marconistraat", "Bachlaan", "Mozartlaan", "Chopinlaan", "Nassaulaan",
            "Zeverijnstraat", "Oude Amersfoortseweg", "Langestraat",
        ),
    },
    "Gooise Meren": {
        "places": (("Bussum", 1401, 1406), ("Naarden", 1411, 1412), ("Muiden", 1398, 1398)),
        "streets": (
            "Brinklaan", "Huizerweg", "Ceintuurbaan", "Landstraat", "Kapelstraat",
            "Graaf Wichmanlaan", "Vlietlaan", "Amersfoortsestraatweg", "Kerkstraat",
            "Meentweg", "Nieuwe 's-Gravelandseweg", "Prins Hendriklaan", "Slochterenweg",
            "Thierensweg", "Godelindeweg", "Herenstraat", "Lambertus Hortensiuslaan",
            "Marktstraat", "Cattenhagestraat", "Ruysdaelplein", "Gansoordstraat",
            "Dr. Abraham Kuyperlaan", "Struyckenlaan", "Kometenlaan",
        ),
    },
}

# The letters of Dutch postcodes leave out F, I, O, Q, U and Y.
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
# Combinations the post never hands out.
POSTCODE_SKIP = frozenset({"SA", "SD", "SS"})
