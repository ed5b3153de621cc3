"""The demo's stories in more voices: for every stage of the journey one as a partner tells it and one
as a worker tells it, and the person's own about the AZC. desktop/demo_journey.py tells them where a
stage would otherwise lack a voice, a named or an anonymous story, so that every stage has something
for the monitoring meeting to discuss.
"""

from __future__ import annotations

# (stage, life domain, title, what changed, why it matters, words in Dutch, words in the original, language)
PERSON_AZC = (
    ("azc_koppeling", "housing", "Eindelijk wisten we waar we gingen wonen",
     "Na de koppeling kwam de begeleider uit de gemeente al kennismaken in het AZC.",
     "Het wachten kreeg een einde en een gezicht.",
     "We kenden de stad niet, maar we kenden al iemand.", "لم نكن نعرف المدينة، لكننا كنا نعرف شخصا بالفعل.",
     "ar"),
)
# (teller, stage, life domain, title, what changed, why it matters, words in Dutch)
VOICES = (
    ("partner", "azc_koppeling", "housing", "Het dossier was compleet bij de koppeling",
     "Het COA gaf de gemeente bij de koppeling meteen de gezondheid en de school van de kinderen door.",
     "De gemeente kon de woning op het gezin afstemmen.",
     "Zo hoort een koppeling te gaan: niemand hoefde zijn verhaal twee keer te doen."),
    ("worker", "azc_koppeling", "participation", "Kennismaken voordat de sleutel er is",
     "Het eerste gesprek was in het AZC, met een tolk erbij.",
     "Vragen over de stad kwamen vooraf, niet na de verhuizing.",
     "Ze wisten al welke school en welke huisarts, nog voor de verhuisdag."),
    ("partner", "handover", "network", "Warme overdracht met de begeleider",
     "De maatschappelijk begeleider zat bij het overdrachtsgesprek.", "Geen gat tussen AZC en gemeente.",
     "We konden meteen verder waar het COA gebleven was."),
    ("worker", "handover", "health", "De medische gegevens kwamen op tijd",
     "Medicatie liep door omdat de overdracht op tijd was.", "Geen onderbreking in de zorg.",
     "Deze keer lag alles klaar bij de huisarts op de eerste dag."),
    ("partner", "arrival_housing", "housing", "Het huis was kaal op de eerste dag",
     "De inrichting kwam pas twee weken na de sleutel.", "Een gezin sliep op matrassen op de vloer.",
     "We hebben met de woningcorporatie afgesproken dat het voortaan eerder geregeld is."),
    ("worker", "arrival_housing", "finances", "De eerste uitkering kwam te laat",
     "De aanvraag was pas na de verhuizing gedaan.", "Zonder geld in de eerste weken ontstaan schulden.",
     "We vragen nu aan vóór de verhuisdag."),
    ("partner", "brede_intake", "language", "De taalschool zat bij de intake",
     "Het leerbaarheidsonderzoek werd meteen in de intake gepland.", "De leerroute paste vanaf het begin.",
     "Ze kon een week na de intake al beginnen met lessen."),
    ("worker", "brede_intake", "participation", "Een intake in de eigen taal",
     "De intake ging met een tolk in het Tigrinya.", "Hij vertelde voor het eerst over zijn vak als lasser.",
     "Dat stond nergens in het dossier, nu staat het in het plan."),
    ("partner", "plan", "work", "Duaal traject afgesproken",
     "Taal en werk werden samen in het plan gezet.", "Geen jaar wachten op werk tot de taal er is.",
     "Het plan is met ons en de werkgever samen gemaakt."),
    ("worker", "plan", "participation", "Het plan op tijd vastgesteld",
     "Het PIP was binnen tien weken na de intake klaar.", "Iedereen wist wie wat deed.",
     "Voor het eerst haalden we de termijn voor het hele gezin."),
    ("partner", "language_integration", "language", "Examen gehaald in één keer",
     "Zij haalde het B1-examen spreken in één keer.", "Dat opent de weg naar een opleiding.",
     "Ze kwam elke les, ook toen het thuis zwaar was."),
    ("worker", "language_integration", "participation", "Taalmaatje uit de buurt",
     "Een buurvrouw oefent elke week Nederlands met hem.", "Hij spreekt meer dan in de les alleen.",
     "Het taalmaatje is nu ook een vriendin van het gezin."),
    ("partner", "work_school", "work", "Werkervaringsplek werd een baan",
     "Na zes maanden werkervaring kreeg hij een contract.", "Uit de uitkering, op eigen benen.",
     "De werkgever vroeg zelf of we nog iemand hadden."),
    ("worker", "work_school", "education", "Terug naar school",
     "Zij begon aan een mbo-opleiding zorg.", "Een vak dat past bij wat zij in Syrië deed.",
     "Het duurde lang om haar diploma erkend te krijgen, maar het is gelukt."),
    ("partner", "network_independence", "network", "Zelf de weg naar de buurtvereniging",
     "Hij is lid geworden van de voetbalclub in de wijk.", "Een netwerk buiten de hulpverlening.",
     "Hij traint nu de jongste jeugd op woensdag."),
    ("worker", "network_independence", "finances", "Zelf de post en de rekeningen",
     "Ze regelt de toeslagen en de rekeningen nu zelf.", "De begeleiding kan afgebouwd worden.",
     "Ze belt alleen nog als er een brief is die ze niet kent."),
)
# Who tells a partner's story of each stage.
PARTNERS = {"azc_koppeling": "COA", "handover": "VluchtelingenWerk", "arrival_housing": "Woningcorporatie",
            "brede_intake": "Taalschool", "plan": "Werkgeversservicepunt", "language_integration": "Taalschool",
            "work_school": "Werkgeversservicepunt", "network_independence": "Versa Welzijn"}
