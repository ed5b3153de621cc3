"""A small made-up sociale kaart of Gemeente Hilversum (0402), the demo's municipality.

The partners of the chain with one service each, where and when they are, the languages spoken
and one line per language for the contact card. Every name of a practice, address number, phone
number and e-mail address is invented (e-mail and web under the reserved .example domain); no
person is named. The Arabic, Tigrinya and Persian lines need review by a native speaker.
Ids are derived from names (uuid5), so the demo has the same ids on every device.
"""

from __future__ import annotations

import uuid

from domain.arrival.model import (
    APPOINTMENT,
    WALK_IN,
    Address,
    ChainRole,
    CostOption,
    Directory,
    Language,
    Location,
    Organization,
    Phone,
    RequiredDocument,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
)

MUNICIPALITY_CODE = "0402"
MUNICIPALITY_NAME = "Hilversum"
_NAMESPACE = uuid.UUID("0b8a4c52-3f1e-4d7a-9c2b-5e6f7a8b9c0d")
_LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "ar": "العربية", "ti": "ትግርኛ", "fa": "فارسی",
                   "tr": "Türkçe", "so": "Soomaali", "uk": "Українська"}


def _id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def _languages(owner: str, codes: str) -> tuple[Language, ...]:
    return tuple(Language(_id(owner, "language", c), name=_LANGUAGE_NAMES[c], code=c) for c in codes.split())


def _hours(owner: str, *rules: tuple[str, str, str, str]) -> tuple[Schedule, ...]:
    """(days, opens, closes, walk-in or appointment) -> weekly HSDS schedules."""
    return tuple(
        Schedule(_id(owner, "schedule", str(n)), freq="WEEKLY", byday=days, opens_at=opens, closes_at=closes,
                 attending_type=how)
        for n, (days, opens, closes, how) in enumerate(rules)
    )


# key, name, role, description, e-mail, phone, (street, postcode, lat, lon), service name,
# eligibility, application process, fees, languages, hours, documents, card lines (nl en ar ti fa)
_PARTNERS = (
    ("gemeente", "Gemeente Hilversum", ChainRole.GEMEENTE,
     "De klantmanagers statushouders: inburgering, uitkering en het plan (PIP).",
     "statushouders@hilversum.example", "14 035", ("Stadhuisplein 1", "1217 CA", 52.2252, 5.1787),
     "Klantmanager statushouders", "Statushouders die in Hilversum wonen of komen wonen.",
     "Een afspraak maakt u zelf of via uw begeleider.", "Gratis", "nl en ar",
     (("MO,WE", "09:00", "12:00", WALK_IN), ("MO,TU,WE,TH,FR", "09:00", "17:00", APPOINTMENT)),
     ("Verblijfsdocument", "Brief van de gemeente"),
     ("Uw inburgering, uitkering en plan.", "Your integration, benefit and plan.",
      "الاندماج والإعانة والخطة الخاصة بك.", "ውህደትካ፡ ሓገዝ ገንዘብን መደብካን።", "ادغام، کمک‌هزینه و برنامهٔ شما.")),
    ("vluchtelingenwerk", "VluchtelingenWerk Hilversum", ChainRole.MAATSCHAPPELIJKE_BEGELEIDING,
     "Maatschappelijke begeleiding in de eerste anderhalf jaar na de verhuizing.",
     "hilversum@vluchtelingenwerk.example", "035 000 0102", ("Langestraat 88", "1211 GZ", 52.2268, 5.1735),
     "Maatschappelijke begeleiding", "Statushouders in hun eerste anderhalf jaar in Hilversum.",
     "Aanmelding door de klantmanager van de gemeente.", "Gratis", "nl en ar ti fa",
     (("TU,TH", "13:00", "16:00", WALK_IN),), ("Verblijfsdocument",),
     ("Hulp met post, huis, zorgverzekering en de buurt.",
      "Help with letters, your home, health insurance and the area.",
      "مساعدة في الرسائل والسكن والتأمين الصحي والحي.", "ሓገዝ ብደብዳቤታት፡ ገዛ፡ መድሕን ጥዕናን ከባቢን።",
      "کمک در نامه‌ها، خانه، بیمهٔ درمانی و محله.")),
    ("taalschool", "Taalschool De Gooise Brug", ChainRole.TAALSCHOOL,
     "Inburgeringscursussen: B1-route, Z-route en KNM.",
     "info@gooisebrug.example", "035 000 0103", ("Larenseweg 32", "1221 CN", 52.2231, 5.1902),
     "Inburgeringscursus", "Inburgeringsplichtigen met een plan (PIP) van de gemeente.",
     "Via de klantmanager; de school plant een intake.", "Betaald uit de inburgering", "nl en ar ti",
     (("MO,TU,WE,TH", "08:30", "16:30", APPOINTMENT),), ("Verblijfsdocument", "Brief met de PIP"),
     ("Nederlandse les en kennis van Nederland.", "Dutch lessons and knowledge of Dutch society.",
      "دروس اللغة الهولندية والمعرفة بالمجتمع الهولندي.", "ትምህርቲ ሆላንድኛን ፍልጠት ሕብረተሰብ ሆላንድን።",
      "کلاس زبان هلندی و شناخت جامعهٔ هلند.")),
    ("budgetcoach", "Stichting Geldwijs Gooi", ChainRole.BUDGETCOACH,
     "Budgetcoaches: geld, rekeningen en schulden voorkomen.",
     "coach@geldwijs.example", "035 000 0104", ("Havenstraat 14", "1211 KL", 52.2289, 5.1701),
     "Budgetcoach", "Statushouders in hun eerste twee jaar, en wie moeite heeft met geld.",
     "Aanmelding door de klantmanager of zelf bellen.", "Gratis", "nl en ar fa",
     (("WE", "13:30", "16:00", WALK_IN),), ("Bankpas", "Brieven over geld en rekeningen"),
     ("Hulp met geld, rekeningen en schulden voorkomen.", "Help with money, bills and avoiding debt.",
      "مساعدة في المال والفواتير وتجنب الديون.", "ሓገዝ ብገንዘብ፡ ክፍሊታትን ካብ ዕዳ ምክልኻልን።",
      "کمک در پول، قبض‌ها و پیشگیری از بدهی.")),
    ("versa", "Versa Welzijn", ChainRole.WELZIJN,
     "Welzijnswerk: maatschappelijk werk, activiteiten en vrijwilligerswerk.",
     "hilversum@versawelzijn.example", "035 000 0105", ("Kerkstraat 63", "1211 CL", 52.2243, 5.1751),
     "Maatschappelijk werk en vrijwilligerswerk", "Iedereen in Hilversum.",
     "Zelf langskomen of bellen; ook via uw begeleider.", "Gratis", "nl en",
     (("MO,TH", "10:00", "12:00", WALK_IN),), (),
     ("Hulp bij problemen, activiteiten en vrijwilligerswerk.", "Help with problems, activities and volunteering.",
      "مساعدة في المشاكل والأنشطة والعمل التطوعي.", "ሓገዝ ኣብ ጸገማት፡ ንጥፈታትን ናይ ወለንታ ስራሕን።",
      "کمک در مشکلات، فعالیت‌ها و کار داوطلبانه.")),
    ("jobhunter", "Werkpunt Gooi", ChainRole.WERK,
     "Jobhunters en de module arbeidsmarkt en participatie (MAP).",
     "jobhunter@werkpunt.example", "035 000 0106", ("Stationsplein 3", "1211 EX", 52.2262, 5.1808),
     "Jobhunter statushouders", "Statushouders die willen werken of een stage zoeken.",
     "Via de klantmanager.", "Gratis", "nl en ar",
     (("TU", "09:00", "12:00", APPOINTMENT),), ("Cv (als u dat heeft)", "Diploma's"),
     ("Hulp bij werk, stages en uw cv.", "Help finding work, internships and with your CV.",
      "مساعدة في العمل والتدريب وسيرتك الذاتية.", "ሓገዝ ስራሕ፡ ልምምድን ሲቪኻን።",
      "کمک در پیدا کردن کار، کارآموزی و رزومه.")),
    ("huisarts", "Huisartsenpraktijk Het Hoogt", ChainRole.HUISARTS,
     "Huisartsenpraktijk voor de wijk Centrum-Oost.",
     "assistente@hethoogt.example", "035 000 0107", ("Oude Enghweg 25", "1217 JC", 52.2318, 5.1845),
     "Huisartsenzorg", "Ingeschreven patiënten; nieuwe inwoners kunnen zich inschrijven.",
     "Zelf bellen om in te schrijven of een afspraak te maken.", "Vergoed door de zorgverzekering", "nl en",
     (("MO,TU,WE,TH,FR", "08:00", "17:00", APPOINTMENT),), ("Zorgpas", "Verblijfsdocument"),
     ("Uw dokter: bel eerst voor een afspraak.", "Your doctor: call first for an appointment.",
      "طبيبك: اتصل أولاً لتحديد موعد.", "ሓኪምካ፡ ቀዳምነት ንቆጸራ ደውል።", "پزشک شما: اول برای وقت تماس بگیرید.")),
    ("ggz", "GGZ Nieuw Begin", ChainRole.GGZ,
     "Psychische hulp voor nieuwkomers, ook met een tolk.",
     "aanmelden@nieuwbegin.example", "035 000 0108", ("Vaartweg 50", "1211 JE", 52.2305, 5.1689),
     "Psychische hulp voor nieuwkomers", "Volwassenen met psychische klachten, na verwijzing.",
     "Met een verwijzing van de huisarts.", "Vergoed door de zorgverzekering", "nl en ar fa",
     (("MO,WE,FR", "09:00", "17:00", APPOINTMENT),), ("Verwijzing van de huisarts", "Zorgpas"),
     ("Hulp bij stress, slecht slapen en zorgen.", "Help with stress, poor sleep and worries.",
      "مساعدة في التوتر وقلة النوم والقلق.", "ሓገዝ ኣብ ጭንቀት፡ ሕማቕ ድቃስን ሻቕሎትን።",
      "کمک در استرس، بدخوابی و نگرانی.")),
    ("taalhuis", "Bibliotheek Hilversum - Taalhuis", ChainRole.TAALHUIS,
     "Taalhuis in de bibliotheek: taalcafé, taalmaatjes en digitale hulp.",
     "taalhuis@bibliotheek.example", "035 000 0109", ("Oude Torenstraat 10", "1211 BV", 52.2239, 5.1768),
     "Taalcafé en taalmaatje", "Iedereen die Nederlands wil oefenen.",
     "Zelf langskomen tijdens het taalcafé.", "Gratis", "nl en ar ti fa",
     (("WE", "14:00", "16:00", WALK_IN), ("SA", "10:30", "12:00", WALK_IN)), (),
     ("Nederlands oefenen en hulp met de computer.", "Practise Dutch and get help with the computer.",
      "تدرب على الهولندية واحصل على مساعدة في الحاسوب.", "ሆላንድኛ ለማመድን ሓገዝ ኮምፒተርን።",
      "تمرین زبان هلندی و کمک با کامپیوتر.")),
    ("buurthuis", "Buurthuis De Lelie", ChainRole.BUURTHUIS,
     "Buurthuis met koffieochtenden, kookavonden en activiteiten voor kinderen.",
     "delelie@buurthuis.example", "035 000 0110", ("Lelielaan 12", "1215 HD", 52.2357, 5.1623),
     "Koffieochtend en activiteiten", "Iedereen uit de buurt.",
     "Zelf binnenlopen.", "Gratis; sommige activiteiten € 2", "nl en",
     (("TU,FR", "10:00", "12:00", WALK_IN),), (),
     ("Buren ontmoeten, koffie en activiteiten.", "Meet neighbours, coffee and activities.",
      "تعرّف على الجيران، قهوة وأنشطة.", "ምስ ጎረባብቲ ምርኻብ፡ ቡንን ንጥፈታትን።",
      "آشنایی با همسایه‌ها، قهوه و فعالیت‌ها.")),
)

CARD_LANGUAGES = ("nl", "en", "ar", "ti", "fa")


def _partner(key, name, role, description, email, phone, where, service_name, eligibility, application,
             fees, spoken, hours, documents, lines):
    org_id, service_id, location_id = _id(key, "organization"), _id(key, "service"), _id(key, "location")
    street, postcode, lat, lon = where
    organization = Organization(org_id, name, description, email=email,
                                website=f"https://{email.split('@')[1]}", chain_role=role,
                                phones=(Phone(_id(key, "org-phone"), phone, type="voice"),))
    location = Location(
        location_id, "physical", organization_id=org_id, name=name, latitude=lat, longitude=lon,
        addresses=(Address(_id(key, "address"), street, "Hilversum", "Noord-Holland", postcode, "NL", "physical"),),
    )
    cost = () if fees != "Gratis" else (CostOption(_id(key, "cost"), option="Gratis", currency="EUR", amount=0),)
    service = Service(
        service_id, org_id, service_name, "active", description=description, email=email,
        application_process=application, fees_description=fees, eligibility_description=eligibility,
        interpretation_services="Tolk op afspraak (telefonisch of in persoon)",
        phones=(Phone(_id(key, "service-phone"), phone, type="voice", languages=_languages(key + "/phone", spoken)),),
        schedules=_hours(key, *hours),
        service_areas=(ServiceArea(_id(key, "area"), name="Gemeente Hilversum"),),
        languages=_languages(key, spoken),
        cost_options=cost,
        required_documents=tuple(RequiredDocument(_id(key, "document", d), document=d) for d in documents),
        card_lines=dict(zip(CARD_LANGUAGES, lines, strict=True)),
    )
    link = ServiceAtLocation(_id(key, "service_at_location"), service_id, location_id)
    return organization, location, service, link


def demo_directory() -> Directory:
    parts = [_partner(*partner) for partner in _PARTNERS]
    return Directory(
        MUNICIPALITY_CODE, MUNICIPALITY_NAME,
        organizations=tuple(p[0] for p in parts),
        locations=tuple(p[1] for p in parts),
        services=tuple(p[2] for p in parts),
        service_at_locations=tuple(p[3] for p in parts),
    )
