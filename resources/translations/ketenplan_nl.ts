<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionsSection</name>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Wat er moet gebeuren</translation>
    </message>
    <message>
        <source>For goal</source>
        <translation>Voor doel</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(geen doel)</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partnerorganisatie</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>How it went, what came of it</source>
        <translation>Hoe het ging, wat het opleverde</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>No actions yet. Add what is to be done, by whom and by when.</source>
        <translation>Nog geen acties. Voeg toe wat er moet gebeuren, door wie en wanneer.</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Nieuwe actie</translation>
    </message>
    <message>
        <source>Show d&amp;one and cancelled</source>
        <translation>Ook gedaan en geannuleerd &amp;tonen</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;gedaan markeren</translation>
    </message>
    <message>
        <source>Mark the chosen action done, or planned again (Ctrl+D)</source>
        <translation>De gekozen actie als gedaan markeren, of weer als gepland (Ctrl+D)</translation>
    </message>
    <message>
        <source>{open} open of {total}</source>
        <translation>{open} open van {total}</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} verlopen</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed</source>
        <translation>Verlopen: de uiterste datum is voorbij</translation>
    </message>
    <message>
        <source>Planned &amp;again</source>
        <translation>Terug naar &amp;gepland</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Verwijzen…</translation>
    </message>
    <message>
        <source>Refer the client to a service of the sociale kaart for this action</source>
        <translation>De klant voor deze actie verwijzen naar een dienst van de sociale kaart</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Alleen &amp;mijn</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>I&amp;edereen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the agenda again (F5)</source>
        <translation>De agenda opnieuw inlezen (F5)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>No visits today.</source>
        <translation>Vandaag geen bezoeken.</translation>
    </message>
    <message>
        <source>Later this &amp;week</source>
        <translation>Later deze &amp;week</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Who goes</source>
        <translation>Wie gaat</translation>
    </message>
    <message>
        <source>Nothing more planned this week.</source>
        <translation>Deze week staat verder niets gepland.</translation>
    </message>
    <message>
        <source>Not yet re&amp;ported</source>
        <translation>Nog niet ve&amp;rslagen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Every visit that took place has its report.</source>
        <translation>Van elk afgelegd bezoek is een verslag.</translation>
    </message>
    <message>
        <source>&amp;Overdue actions</source>
        <translation>Verlopen &amp;acties</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>No follow-up action is overdue.</source>
        <translation>Geen vervolgactie is verlopen.</translation>
    </message>
    <message>
        <source>To &amp;do</source>
        <translation>&amp;Te doen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Nothing to do in this period.</source>
        <translation>Niets te doen in deze periode.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>&amp;No home visit yet</source>
        <translation>&amp;Nog geen huisbezoek</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>Gevestigd op</translation>
    </message>
    <message>
        <source>Every client has had a home visit.</source>
        <translation>Elke klant heeft een huisbezoek gehad.</translation>
    </message>
    <message>
        <source>Enter opens the visit&apos;s report</source>
        <translation>Enter opent het verslag van het bezoek</translation>
    </message>
    <message>
        <source>Enter opens the client&apos;s home visits</source>
        <translation>Enter opent de huisbezoeken van de klant</translation>
    </message>
    <message>
        <source>The agenda could not be read.</source>
        <translation>De agenda kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>{day}, week {week}</source>
        <translation>{day}, week {week}</translation>
    </message>
    <message>
        <source>The {shown} settled longest ago of {total} are shown.</source>
        <translation>De {shown} die het langst gevestigd zijn, van {total}, staan hier.</translation>
    </message>
    <message>
        <source>Everyone&apos;s agenda is shown. Choose who works on this device in Settings to see only your own.</source>
        <translation>De agenda van iedereen staat hier. Kies bij Instellingen wie op dit apparaat werkt om alleen je eigen agenda te zien.</translation>
    </message>
    <message>
        <source>{date}  ·  the agenda of {name}</source>
        <translation>{date}  ·  de agenda van {name}</translation>
    </message>
    <message>
        <source>{date}  ·  everyone&apos;s agenda</source>
        <translation>{date}  ·  de agenda van iedereen</translation>
    </message>
</context>
<context>
    <name>AgreementSection</name>
    <message>
        <source>Agree on the plan</source>
        <translation>Het plan vaststellen</translation>
    </message>
    <message>
        <source>as agreed on</source>
        <translation>zelfde als vastgesteld op</translation>
    </message>
    <message>
        <source>The agreement you were filling in is back; it is not agreed yet.</source>
        <translation>De vaststelling die u aan het invullen was, is terug; ze is nog niet vastgesteld.</translation>
    </message>
    <message>
        <source>Interpreter, partner, family</source>
        <translation>Tolk, partner, familie</translation>
    </message>
    <message>
        <source>Yes, agrees</source>
        <translation>Ja, stemt in</translation>
    </message>
    <message>
        <source>No, does not agree</source>
        <translation>Nee, stemt niet in</translation>
    </message>
    <message>
        <source>What the person said, what still differs</source>
        <translation>Wat de persoon zei, wat nog verschilt</translation>
    </message>
    <message>
        <source>Agreed &amp;on</source>
        <translation>Vast&amp;gesteld op</translation>
    </message>
    <message>
        <source>PIP &amp;date</source>
        <translation>Dag&amp;tekening PIP</translation>
    </message>
    <message>
        <source>Pre&amp;sent</source>
        <translation>&amp;Aanwezig</translation>
    </message>
    <message>
        <source>A&amp;lso present</source>
        <translation>Ook aan&amp;wezig</translation>
    </message>
    <message>
        <source>The person a&amp;grees</source>
        <translation>De persoon stemt i&amp;n</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>Ho&amp;e</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>Toe&amp;lichting</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Vaststellen</translation>
    </message>
    <message>
        <source>Freeze the plan as it is now as the next version (Ctrl+Enter)</source>
        <translation>Het plan zoals het nu is vastleggen als de volgende versie (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Agreed versions</source>
        <translation>Vastgestelde versies</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Vastgesteld op</translation>
    </message>
    <message>
        <source>PIP date</source>
        <translation>Dagtekening PIP</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Stemt in</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Enter on a version compares it with the one before.</source>
        <translation>Enter op een versie vergelijkt die met de vorige.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Vergeli&amp;jken</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ve&amp;rgelijk</translation>
    </message>
    <message>
        <source>with</source>
        <translation>met</translation>
    </message>
    <message>
        <source>&amp;Agree as version {number}</source>
        <translation>&amp;Vaststellen als versie {number}</translation>
    </message>
    <message>
        <source>Not agreed yet.</source>
        <translation>Nog niet vastgesteld.</translation>
    </message>
    <message>
        <source>The plan is as agreed in version {number}.</source>
        <translation>Het plan is zoals vastgesteld in versie {number}.</translation>
    </message>
    <message>
        <source>Changed since version {number}: agree again to make it the plan.</source>
        <translation>Gewijzigd sinds versie {number}: stel het opnieuw vast om de wijzigingen te laten gelden.</translation>
    </message>
    <message>
        <source>Yes, {how}</source>
        <translation>Ja, {how}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Recorded by {name}</source>
        <translation>Vastgelegd door {name}</translation>
    </message>
    <message>
        <source>Version {number} ({date})</source>
        <translation>Versie {number} ({date})</translation>
    </message>
    <message>
        <source>The plan now (not agreed)</source>
        <translation>Het plan nu (niet vastgesteld)</translation>
    </message>
    <message>
        <source>Agreed: the plan is frozen as a new version.</source>
        <translation>Vastgesteld: het plan is vastgelegd als nieuwe versie.</translation>
    </message>
    <message>
        <source>The plan could not be agreed.</source>
        <translation>Het plan kon niet worden vastgesteld.</translation>
    </message>
    <message>
        <source>Not agreed: please correct the marked fields.</source>
        <translation>Niet vastgesteld: verbeter de gemarkeerde velden.</translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>V-nummer</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Card handed out</source>
        <translation>Kaart meegegeven</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Taal van de kaart</translation>
    </message>
    <message>
        <source>Invited people</source>
        <translation>Uitgenodigde mensen</translation>
    </message>
    <message>
        <source>Status of {name}</source>
        <translation>Status van {name}</translation>
    </message>
    <message>
        <source>Card handed out to {name}</source>
        <translation>Kaart meegegeven aan {name}</translation>
    </message>
    <message>
        <source>Own language</source>
        <translation>Eigen taal</translation>
    </message>
    <message>
        <source>The language of the card handed out (own: {language})</source>
        <translation>De taal van de meegegeven kaart (eigen taal: {language})</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>This could not be recorded.</source>
        <translation>Dit kon niet worden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Who read or changed a person&apos;s file, from which device, and when. Changes made offline show when they were made and when they reached the server. Only coordinators and administrators may read the audit log; the server checks this.</source>
        <translation>Wie het dossier van een persoon heeft ingezien of gewijzigd, vanaf welk apparaat en wanneer. Bij wijzigingen die offline zijn gedaan ziet u wanneer ze zijn gedaan en wanneer ze de server bereikten. Alleen coördinatoren en beheerders mogen de auditlog inzien; de server controleert dat.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>There is no person called &quot;{name}&quot; on this device. Pick a person from the list.</source>
        <translation>Er staat geen persoon met de naam &quot;{name}&quot; op dit apparaat. Kies een persoon uit de lijst.</translation>
    </message>
    <message>
        <source>Searching the audit log on the server...</source>
        <translation>De auditlog op de server wordt doorzocht...</translation>
    </message>
    <message>
        <source>This device does not sync with a server, so there is no audit log to search. Sign in to the server first (Settings).</source>
        <translation>Dit apparaat synchroniseert niet met een server, dus er is geen auditlog om te doorzoeken. Meld je eerst aan bij de server (Instellingen).</translation>
    </message>
    <message>
        <source>Nothing in the audit log matches this search.</source>
        <translation>Niets in de auditlog past bij deze zoekopdracht.</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 regel</translation>
    </message>
    <message>
        <source>{n} lines</source>
        <translation>{n} regels</translation>
    </message>
    <message>
        <source>{found}; there are more.</source>
        <translation>{found}; er zijn er meer.</translation>
    </message>
    <message>
        <source>Your role may not read the audit log: only coordinators and administrators may. Ask a coordinator if you need to know who saw or changed a file.</source>
        <translation>Met uw rol mag u de auditlog niet inzien: dat mogen alleen coördinatoren en beheerders. Vraag een coördinator als u wilt weten wie een dossier heeft ingezien of gewijzigd.</translation>
    </message>
    <message>
        <source>The server could not be reached. The audit log is on the server: search again when this computer is online.</source>
        <translation>De server is niet bereikbaar. De auditlog staat op de server: zoek opnieuw zodra deze computer online is.</translation>
    </message>
    <message>
        <source>The server no longer accepts this device&apos;s sign-in. Sign in again (Settings) and search again.</source>
        <translation>De server accepteert de aanmelding van dit apparaat niet meer. Meld u opnieuw aan (Instellingen) en zoek daarna opnieuw.</translation>
    </message>
    <message>
        <source>This version of Ketenplan is too old for the server. Please update Ketenplan.</source>
        <translation>Deze versie van Ketenplan is te oud voor de server. Werk Ketenplan bij.</translation>
    </message>
    <message>
        <source>The server could not search the audit log: {reason}</source>
        <translation>De server kon de auditlog niet doorzoeken: {reason}</translation>
    </message>
    <message>
        <source>The audit log could not be searched ({error}).</source>
        <translation>De auditlog kon niet worden doorzocht ({error}).</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} tot {last}</translation>
    </message>
    <message>
        <source>Read {n} times</source>
        <translation>{n} keer ingezien</translation>
    </message>
    <message>
        <source>{n} records in all</source>
        <translation>{n} gegevens in totaal</translation>
    </message>
    <message>
        <source>{made}
(reached the server {arrived})</source>
        <translation>{made}
(op de server {arrived})</translation>
    </message>
    <message>
        <source>Made on the device {made}, while offline; reached the server {arrived}.</source>
        <translation>Offline gedaan op het apparaat {made}; op de server aangekomen {arrived}.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Ingezien</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Verwijdering</translation>
    </message>
    <message>
        <source>Change, in part</source>
        <translation>Wijziging, deels</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Account change</source>
        <translation>Accountwijziging</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Instelling gewijzigd</translation>
    </message>
    <message>
        <source>Other action</source>
        <translation>Andere handeling</translation>
    </message>
    <message>
        <source>Not on this device</source>
        <translation>Niet op dit apparaat</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 onderdeel</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} onderdelen</translation>
    </message>
    <message>
        <source>Kept the value already on the server: {fields}</source>
        <translation>Waarde op de server behouden: {fields}</translation>
    </message>
</context>
<context>
    <name>CardPrinter</name>
    <message>
        <source>Folder for the contact cards (they leave the encrypted store)</source>
        <translation>Map voor de contactkaarten (ze verlaten de versleutelde opslag)</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Op deze kolom kun je niet sorteren</translation>
    </message>
    <message>
        <source>Name on the permit: {name}</source>
        <translation>Naam op de verblijfsvergunning: {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>V-nummer</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Klantmanager</source>
        <translation>Klantmanager</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Search by name, V-nummer, BSN or phone</source>
        <translation>Zoek op naam, V-nummer, BSN of telefoonnummer</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Klanten zoeken</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filteren op fase</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>Filter by klantmanager or social support worker</source>
        <translation>Filteren op klantmanager of maatschappelijk begeleider</translation>
    </message>
    <message>
        <source>Filter by country of origin</source>
        <translation>Filteren op land van herkomst</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>No clients match this search or filter.</source>
        <translation>Geen klanten gevonden met deze zoekopdracht of dit filter.</translation>
    </message>
    <message>
        <source>No clients yet. Use New client to add the first.</source>
        <translation>Nog geen klanten. Kies Nieuwe klant om de eerste toe te voegen.</translation>
    </message>
    <message>
        <source>The list could not be loaded. Please try again.</source>
        <translation>De lijst kon niet worden geladen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 klant</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>{count} klanten</translation>
    </message>
    <message>
        <source>{stage}: {count}</source>
        <translation>{stage}: {count}</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Show the stored version; what you typed here is thrown away</source>
        <translation>De opgeslagen versie tonen; wat u hier typte vervalt</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn versie houden</translation>
    </message>
    <message>
        <source>Keep what you typed; saving writes only the fields you changed</source>
        <translation>Houden wat u typte; opslaan schrijft alleen de velden die u wijzigde</translation>
    </message>
    <message>
        <source>Changed on another device: {fields}.</source>
        <translation>Gewijzigd op een ander apparaat: {fields}.</translation>
    </message>
    <message>
        <source>Changed on another device.</source>
        <translation>Gewijzigd op een ander apparaat.</translation>
    </message>
</context>
<context>
    <name>ClientCommands</name>
    <message>
        <source>Edit client file</source>
        <translation>Klantdossier bewerken</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Klant toevoegen</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>Terug&amp;draaien</translation>
    </message>
    <message>
        <source>Throw away the changes not yet saved</source>
        <translation>De wijzigingen die nog niet zijn opgeslagen weggooien</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the client file (Ctrl+S)</source>
        <translation>Het klantdossier opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>New household member</source>
        <translation>Nieuw lid van het huishouden</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>No client open. Choose a client in the caseload, or add a new one.</source>
        <translation>Geen klant geopend. Kies een klant in de caseload of voeg een nieuwe klant toe.</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Niet opgeslagen: verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bewerken</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to this client file first?</source>
        <translation>Eerst de wijzigingen in dit klantdossier opslaan?</translation>
    </message>
    <message>
        <source>This client is no longer in the file.</source>
        <translation>Deze klant staat niet meer in het klantenbestand.</translation>
    </message>
    <message>
        <source>The client file could not be loaded.</source>
        <translation>Het klantdossier kon niet worden geladen.</translation>
    </message>
    <message>
        <source>Not saved: the file could not be checked.</source>
        <translation>Niet opgeslagen: het klantenbestand kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Mogelijk dezelfde persoon</translation>
    </message>
    <message>
        <source>A client with this V-nummer or BSN is already in the file. This is possibly the same person.</source>
        <translation>Er staat al een klant met dit V-nummer of BSN in het klantenbestand. Mogelijk is dit dezelfde persoon.</translation>
    </message>
    <message>
        <source>Save as a new client</source>
        <translation>Opslaan als nieuwe klant</translation>
    </message>
    <message>
        <source>Open the existing file</source>
        <translation>Bestaand dossier openen</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} toevoegen</translation>
    </message>
    <message>
        <source>That step could not be undone or redone.</source>
        <translation>Die stap kon niet ongedaan gemaakt of opnieuw gedaan worden.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved: the client file could not be written.</source>
        <translation>Niet opgeslagen: het klantdossier kon niet worden weggeschreven.</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>Eerst opslaan</translation>
    </message>
    <message>
        <source>Save this client file before adding a household member?</source>
        <translation>Dit klantdossier opslaan voordat je een lid van het huishouden toevoegt?</translation>
    </message>
    <message>
        <source>Your changes not yet saved are back. Save or revert them.</source>
        <translation>Uw nog niet opgeslagen wijzigingen zijn terug. Sla ze op of draai ze terug.</translation>
    </message>
    <message>
        <source>V-nummer {number}</source>
        <translation>V-nummer {number}</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <source>Follows from what is recorded: handover, intake, plan, settling. Only &quot;Zelfstandig&quot; (guidance ended) is set by hand, once the person is housed.</source>
        <translation>Volgt uit wat is vastgelegd: overdracht, intake, plan, vestiging. Alleen &quot;Zelfstandig&quot; (begeleiding afgerond) zet u zelf, zodra de persoon gehuisvest is.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>&amp;Given names (permit)</source>
        <translation>&amp;Voornamen (vergunning)</translation>
    </message>
    <message>
        <source>As written on the residence permit</source>
        <translation>Zoals op de verblijfsvergunning staat</translation>
    </message>
    <message>
        <source>&amp;Family name (permit)</source>
        <translation>&amp;Achternaam (vergunning)</translation>
    </message>
    <message>
        <source>Given names (&amp;usual)</source>
        <translation>Voornamen (&amp;gebruikelijk)</translation>
    </message>
    <message>
        <source>As usually written, when it differs from the permit</source>
        <translation>Zoals de naam gewoonlijk wordt geschreven, als dat afwijkt van de vergunning</translation>
    </message>
    <message>
        <source>Family name (usua&amp;l)</source>
        <translation>Achternaam (gebruike&amp;lijk)</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Geb&amp;oortedatum</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Gesla&amp;cht</translation>
    </message>
    <message>
        <source>C&amp;ountry of origin</source>
        <translation>Land van &amp;herkomst</translation>
    </message>
    <message>
        <source>&amp;V-nummer</source>
        <translation>V-&amp;nummer</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 cijfers</translation>
    </message>
    <message>
        <source>The number COA gives; identifies the person in the AZC</source>
        <translation>Het nummer dat COA toekent; hiermee is de persoon bekend in het AZC</translation>
    </message>
    <message>
        <source>BS&amp;N</source>
        <translation>&amp;BSN</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>niet verplicht</translation>
    </message>
    <message>
        <source>Not everyone has a BSN yet while in the AZC</source>
        <translation>Niet iedereen in het AZC heeft al een BSN</translation>
    </message>
    <message>
        <source>&amp;Role in household</source>
        <translation>&amp;Rol in huishouden</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>&amp;Tolk nodig</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>L&amp;anguages</source>
        <translation>Tal&amp;en</translation>
    </message>
    <message>
        <source>Inter&amp;preter language</source>
        <translation>Taal van de tolk</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>A&amp;ZC location</source>
        <translation>A&amp;ZC-locatie</translation>
    </message>
    <message>
        <source>The AZC the person lives in until housed</source>
        <translation>Het AZC waar de persoon woont tot er een woning is</translation>
    </message>
    <message>
        <source>S&amp;treet and number</source>
        <translation>Straat en h&amp;uisnummer</translation>
    </message>
    <message>
        <source>Once housed in the municipality</source>
        <translation>Zodra de persoon in de gemeente woont</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>&amp;Woonplaats</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>Fa&amp;se</translation>
    </message>
    <message>
        <source>&amp;Koppeling date</source>
        <translation>&amp;Koppelingsdatum</translation>
    </message>
    <message>
        <source>The day COA linked the person to the municipality</source>
        <translation>De dag waarop COA de persoon aan de gemeente heeft gekoppeld</translation>
    </message>
    <message>
        <source>Vestiging &amp;date</source>
        <translation>Vestigings&amp;datum</translation>
    </message>
    <message>
        <source>The day the person settled in the municipality</source>
        <translation>De dag waarop de persoon zich in de gemeente heeft gevestigd</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Keten</translation>
    </message>
    <message>
        <source>Klant&amp;manager</source>
        <translation>Klant&amp;manager</translation>
    </message>
    <message>
        <source>Maatschappeli&amp;jk begeleider</source>
        <translation>Maatschappeli&amp;jk begeleider</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partnerorganisaties</translation>
    </message>
    <message>
        <source>Partner organisations involved with this person</source>
        <translation>Partnerorganisaties die bij deze persoon betrokken zijn</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Unknown worker</source>
        <translation>Onbekende medewerker</translation>
    </message>
</context>
<context>
    <name>ClientWorkspace</name>
    <message>
        <source>Client file</source>
        <translation>Klantdossier</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <source>Export personal data (GDPR)…</source>
        <translation>Gegevens exporteren (AVG)…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>More for this client</source>
        <translation>Meer voor deze klant</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Ervaringen</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflicten om op te lossen</translation>
    </message>
    <message>
        <source>Each field below was changed on two devices before they synced. The record kept the value that reached the server first; the other value was set aside. Choose the value the record keeps: everyone in the chain then sees your choice.</source>
        <translation>Elk veld hieronder is op twee apparaten gewijzigd voordat die synchroniseerden. De waarde die als eerste bij de server aankwam, is blijven staan; de andere waarde is apart gezet. Kies welke waarde blijft: iedereen in de keten ziet dan jouw keuze.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Opgemerkt</translation>
    </message>
    <message>
        <source>There are no conflicts to resolve.</source>
        <translation>Er zijn geen conflicten om op te lossen.</translation>
    </message>
    <message>
        <source>In the record now</source>
        <translation>Staat er nu</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Deze waarde houden</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Apart gezet</translation>
    </message>
    <message>
        <source>Use this value instead</source>
        <translation>Toch deze waarde gebruiken</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} en {second}</translation>
    </message>
    <message>
        <source>Before both changes: {value}</source>
        <translation>Vóór beide wijzigingen: {value}</translation>
    </message>
    <message>
        <source>Changed by {name}</source>
        <translation>Gewijzigd door {name}</translation>
    </message>
    <message>
        <source>Changed on another device</source>
        <translation>Gewijzigd op een ander apparaat</translation>
    </message>
    <message>
        <source>Resolved. The choice goes to the chain with the next sync.</source>
        <translation>Opgelost. De keuze gaat met de volgende synchronisatie naar de keten.</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: {error}</source>
        <translation>Het conflict kon niet worden opgelost: {error}</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Name and contact details</source>
        <translation>Naam en contactgegevens</translation>
    </message>
    <message>
        <source>Plan goals and assigned actions</source>
        <translation>Doelen uit het plan en toegewezen acties</translation>
    </message>
    <message>
        <source>Handover and intake</source>
        <translation>Warme overdracht en intake</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Schriftelijk</translation>
    </message>
    <message>
        <source>Digitally</source>
        <translation>Digitaal</translation>
    </message>
    <message>
        <source>Choose the organisation the consent is for.</source>
        <translation>Kies de organisatie waarvoor de toestemming geldt.</translation>
    </message>
    <message>
        <source>Choose at least one part to share.</source>
        <translation>Kies minstens één onderdeel om te delen.</translation>
    </message>
    <message>
        <source>Choose how the consent was given.</source>
        <translation>Kies hoe de toestemming is gegeven.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Vul de datum in waarop de toestemming is gegeven.</translation>
    </message>
    <message>
        <source>Enter the date as dd-mm-yyyy.</source>
        <translation>Vul de datum in als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>De datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn before it was given.</source>
        <translation>Toestemming kan niet worden ingetrokken vóór de datum waarop ze is gegeven.</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>De notitie is te lang.</translation>
    </message>
    <message>
        <source>The consent could not be recorded.</source>
        <translation>De toestemming kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Toestemming om te delen</translation>
    </message>
    <message>
        <source>Partner organisations receive only what the client agreed to share with them.</source>
        <translation>Ketenpartners krijgen alleen wat de klant met hen wil delen.</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>The partner organisation receives nothing more from today</source>
        <translation>De ketenpartner krijgt vanaf vandaag niets meer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Deelt</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>For example: signed form in the paper file</source>
        <translation>Bijvoorbeeld: getekend formulier in het papieren dossier</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>Toestemming opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Verwijzen…</translation>
    </message>
    <message>
        <source>Refer the client to a service of the sociale kaart</source>
        <translation>De klant verwijzen naar een dienst van de sociale kaart</translation>
    </message>
    <message>
        <source>Experiences (stories and ratings)</source>
        <translation>Ervaringen (verhalen en waarderingen)</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <source>* needed to complete</source>
        <translation>* nodig om af te ronden</translation>
    </message>
    <message>
        <source>No client open.</source>
        <translation>Geen klant geopend.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>{done} of {total} answered</source>
        <translation>{done} van {total} beantwoord</translation>
    </message>
    <message>
        <source>Not complete yet. Still to answer: {parts}.</source>
        <translation>Nog niet compleet. Nog te beantwoorden: {parts}.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Year of settling (vestiging)</source>
        <translation>Jaar van vestiging</translation>
    </message>
    <message>
        <source>Year the integration duty started (CBS)</source>
        <translation>Jaar start inburgeringsplicht (CBS)</translation>
    </message>
    <message>
        <source>The chain counts by the year of settling; CBS by the year the integration duty started</source>
        <translation>De keten telt per jaar van vestiging; het CBS per jaar waarin de inburgeringsplicht begon</translation>
    </message>
    <message>
        <source>The figures as they stood on this day</source>
        <translation>De cijfers zoals ze op deze dag waren</translation>
    </message>
    <message>
        <source>Calculate again</source>
        <translation>Opnieuw berekenen</translation>
    </message>
    <message>
        <source>Calculate the figures again from what this device holds</source>
        <translation>De cijfers opnieuw berekenen uit wat dit apparaat bevat</translation>
    </message>
    <message>
        <source>Compare with the region</source>
        <translation>Vergelijken met de regio</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Uitsplitsen naar</translation>
    </message>
    <message>
        <source>Target and cohort</source>
        <translation>Doel en cohort</translation>
    </message>
    <message>
        <source>Calculating the figures from what this device holds...</source>
        <translation>De cijfers worden berekend uit wat dit apparaat bevat...</translation>
    </message>
    <message>
        <source>The figures could not be calculated. Try again; if it keeps failing, tell the application administrator.</source>
        <translation>De cijfers konden niet worden berekend. Probeer het opnieuw; lukt het steeds niet, meld het dan bij de applicatiebeheerder.</translation>
    </message>
    <message>
        <source>{n} persons on this device; figures as on {day}; housing norm {weeks} weeks.</source>
        <translation>{n} personen op dit apparaat; cijfers per {day}; huisvestingsnorm {weeks} weken.</translation>
    </message>
    <message>
        <source>Housed in the half year / taakstelling</source>
        <translation>Gehuisvest in het halfjaar / taakstelling</translation>
    </message>
    <message>
        <source>Housed in the half year; no taakstelling entered</source>
        <translation>Gehuisvest in het halfjaar; geen taakstelling ingevoerd</translation>
    </message>
    <message>
        <source>all cohorts</source>
        <translation>alle cohorten</translation>
    </message>
    <message>
        <source>Housed in {period}</source>
        <translation>Gehuisvest in {period}</translation>
    </message>
    <message>
        <source>Everyone counted</source>
        <translation>Iedereen die meetelt</translation>
    </message>
    <message>
        <source>Closed windows</source>
        <translation>Afgesloten termijnen</translation>
    </message>
    <message>
        <source>Meetings...</source>
        <translation>Overleggen...</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Journey: stories and ratings</source>
        <translation>Ervaringsreis: verhalen en waarderingen</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Instellingen...</translation>
    </message>
    <message>
        <source>The housing norm, the taakstelling per half year and the stages of the journey</source>
        <translation>De huisvestingsnorm, de taakstelling per halfjaar en de fasen van de reis</translation>
    </message>
    <message>
        <source>Persons housed in each half year against the taakstelling entered in the monitoring settings.</source>
        <translation>Gehuisveste personen per halfjaar tegenover de taakstelling uit de monitoringinstellingen.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>Kies een datum in de kalender</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Datum kiezen</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Signed off</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>This device was signed off by the administrator; the data on it is removed.</source>
        <translation>Dit apparaat is door de beheerder afgemeld; de gegevens erop worden verwijderd.</translation>
    </message>
    <message>
        <source>Changes not yet sent are lost. To work on this device again, create a new encrypted store and sign in; the chain&apos;s records come back with the first sync.</source>
        <translation>Wijzigingen die nog niet verstuurd waren, gaan verloren. Wilt u weer op dit apparaat werken, maak dan een nieuwe versleutelde opslag en meld u aan; de gegevens van de keten komen terug bij de eerste synchronisatie.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Apparaten</translation>
    </message>
    <message>
        <source>The devices signed in to your municipality&apos;s server. Sign off a device that is lost or no longer used: the server refuses it from then on, and at its next connection it removes the client files on it. Changes it had not sent yet are lost.</source>
        <translation>De apparaten die zijn aangemeld bij de server van uw gemeente. Meld een apparaat af dat kwijt is of niet meer wordt gebruikt: de server weigert het vanaf dan, en bij de volgende verbinding verwijdert het de cliëntdossiers die erop staan. Wijzigingen die het nog niet had verstuurd, gaan verloren.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sign off device</source>
        <translation>Apparaat afmelden</translation>
    </message>
    <message>
        <source>Fetching the devices from the server...</source>
        <translation>De apparaten worden opgehaald bij de server...</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name} (dit apparaat)</translation>
    </message>
    <message>
        <source>Signed off {when}</source>
        <translation>Afgemeld {when}</translation>
    </message>
    <message>
        <source>Sign off {device} of {person}? The device can no longer sync, and removes the client files on it at its next connection.</source>
        <translation>{device} van {person} afmelden? Het apparaat kan dan niet meer synchroniseren en verwijdert bij de volgende verbinding de cliëntdossiers die erop staan.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Only an administrator of your municipality can see and sign off devices.</source>
        <translation>Alleen een beheerder van uw gemeente kan apparaten bekijken en afmelden.</translation>
    </message>
    <message>
        <source>The server could not be reached. Try again when there is a connection.</source>
        <translation>De server is niet bereikbaar. Probeer het opnieuw als er verbinding is.</translation>
    </message>
    <message>
        <source>This device does not sync with a server. Sign in to the server first (Settings).</source>
        <translation>Dit apparaat synchroniseert niet met een server. Meld je eerst aan bij de server (Instellingen).</translation>
    </message>
    <message>
        <source>The server did not answer as expected: {reason}</source>
        <translation>De server gaf niet het verwachte antwoord: {reason}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possibly the same person twice</source>
        <translation>Mogelijk twee keer dezelfde persoon</translation>
    </message>
    <message>
        <source>These two client files share a V-nummer or BSN. Usually that means one person was registered twice, for example on two devices without a connection. Compare them. If they are one person, choose the file to keep: everything of the other file moves to it.</source>
        <translation>Deze twee klantdossiers hebben hetzelfde V-nummer of BSN. Meestal is dan één persoon twee keer vastgelegd, bijvoorbeeld op twee apparaten zonder verbinding. Vergelijk ze. Is het één persoon, kies dan het dossier dat blijft: alles uit het andere dossier gaat daarheen.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Keep this file</source>
        <translation>Dit dossier houden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>V-nummer</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>No possible duplicates are left.</source>
        <translation>Er zijn geen mogelijk dubbele dossiers meer.</translation>
    </message>
    <message>
        <source>Same person: merge</source>
        <translation>Dezelfde persoon: samenvoegen</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Niet dezelfde persoon</translation>
    </message>
    <message>
        <source>Pair {n} of {count}</source>
        <translation>Paar {n} van {count}</translation>
    </message>
    <message>
        <source>Merged: {name} now holds both files.</source>
        <translation>Samengevoegd: alles staat nu in het dossier van {name}.</translation>
    </message>
    <message>
        <source>Noted: they are two people. This pair is not shown again, on any device.</source>
        <translation>Vastgelegd: het zijn twee mensen. Dit paar wordt niet meer getoond, op geen enkel apparaat.</translation>
    </message>
    <message>
        <source>That did not work: {error}</source>
        <translation>Dat is niet gelukt: {error}</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exporteren...</translation>
    </message>
    <message>
        <source>Every table of figures as CSV files, for the municipality&apos;s analysts</source>
        <translation>Alle tabellen met cijfers als CSV-bestanden, voor de analisten van de gemeente</translation>
    </message>
    <message>
        <source>Export JSON...</source>
        <translation>JSON exporteren...</translation>
    </message>
    <message>
        <source>All figures in one JSON file, for scripted reporting</source>
        <translation>Alle cijfers in één JSON-bestand, voor geautomatiseerde rapportage</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Cijfers exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Save the figures</source>
        <translation>Cijfers opslaan</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Het bestand kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>Saved:
{files}</source>
        <translation>Opgeslagen:
{files}</translation>
    </message>
    <message>
        <source>Export spreadsheet...</source>
        <translation>Spreadsheet exporteren...</translation>
    </message>
    <message>
        <source>Every table of figures as a sheet of one .xlsx file</source>
        <translation>Elke tabel met cijfers als blad van één .xlsx-bestand</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Zoeken in:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Bestandsnaam:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Bestandstype:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>This file leaves the encrypted store: anyone who gets it can read it. Save it only where it is safe, hand it over safely and delete it when it is no longer needed. The export is recorded.</source>
        <translation>Dit bestand verlaat de versleutelde opslag: wie het in handen krijgt, kan het lezen. Sla het alleen op waar het veilig is, geef het veilig door en verwijder het zodra het niet meer nodig is. De export wordt vastgelegd.</translation>
    </message>
</context>
<context>
    <name>FieldworkLabels</name>
    <message>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Broad intake</source>
        <translation>Brede intake</translation>
    </message>
    <message>
        <source>Home visit report</source>
        <translation>Verslag huisbezoek</translation>
    </message>
    <message>
        <source>Identity and household</source>
        <translation>Identiteit en huishouden</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Education and work</source>
        <translation>Opleiding en werk</translation>
    </message>
    <message>
        <source>Pre-integration in the AZC</source>
        <translation>Voorinburgering in het AZC</translation>
    </message>
    <message>
        <source>Urgent matters</source>
        <translation>Urgente zaken</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <source>Activities and participation</source>
        <translation>Activiteiten en participatie</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Ambities</translation>
    </message>
    <message>
        <source>Own wishes</source>
        <translation>Eigen wensen</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>The house</source>
        <translation>De woning</translation>
    </message>
    <message>
        <source>Post and letters</source>
        <translation>Post en brieven</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>The client&apos;s questions</source>
        <translation>Vragen van de klant</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Identity checked against the permit</source>
        <translation>Identiteit gecontroleerd met de verblijfspas</translation>
    </message>
    <message>
        <source>Whole household in the Netherlands</source>
        <translation>Hele huishouden in Nederland</translation>
    </message>
    <message>
        <source>Family reunification expected</source>
        <translation>Gezinshereniging verwacht</translation>
    </message>
    <message>
        <source>Level of Dutch</source>
        <translation>Niveau Nederlands</translation>
    </message>
    <message>
        <source>Level of English</source>
        <translation>Niveau Engels</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Geletterdheid</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tolk nodig</translation>
    </message>
    <message>
        <source>Care needs</source>
        <translation>Zorgbehoefte</translation>
    </message>
    <message>
        <source>In treatment now</source>
        <translation>Nu in behandeling</translation>
    </message>
    <message>
        <source>Signs of mental strain</source>
        <translation>Signalen van psychische belasting</translation>
    </message>
    <message>
        <source>Visible disability</source>
        <translation>Zichtbare beperking</translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation>Hoogste opleiding</translation>
    </message>
    <message>
        <source>Has diplomas</source>
        <translation>Heeft diploma&apos;s</translation>
    </message>
    <message>
        <source>Has work experience</source>
        <translation>Heeft werkervaring</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Language classes started</source>
        <translation>Taallessen begonnen</translation>
    </message>
    <message>
        <source>Knowledge of Dutch society (KNM) started</source>
        <translation>Kennis van de Nederlandse Maatschappij (KNM) begonnen</translation>
    </message>
    <message>
        <source>Hours of class followed</source>
        <translation>Gevolgde lesuren</translation>
    </message>
    <message>
        <source>Urgent matters to act on</source>
        <translation>Urgente zaken om op te pakken</translation>
    </message>
    <message>
        <source>Intake planned on</source>
        <translation>Intake gepland op</translation>
    </message>
    <message>
        <source>May be called by phone</source>
        <translation>Mag telefonisch benaderd worden</translation>
    </message>
    <message>
        <source>Learnability test (LBT) result</source>
        <translation>Uitslag leerbaarheidstoets (LBT)</translation>
    </message>
    <message>
        <source>LBT score</source>
        <translation>LBT-score</translation>
    </message>
    <message>
        <source>LBT score needed for B1</source>
        <translation>LBT-score nodig voor B1</translation>
    </message>
    <message>
        <source>Date of the LBT</source>
        <translation>Datum van de LBT</translation>
    </message>
    <message>
        <source>Years of school</source>
        <translation>Jaren school</translation>
    </message>
    <message>
        <source>Diplomas evaluated</source>
        <translation>Diploma&apos;s gewaardeerd</translation>
    </message>
    <message>
        <source>Wants to finish a study</source>
        <translation>Wil een studie afmaken</translation>
    </message>
    <message>
        <source>Years worked</source>
        <translation>Jaren gewerkt</translation>
    </message>
    <message>
        <source>Available for work</source>
        <translation>Beschikbaar voor werk</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Lichamelijke gezondheid</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psychische gezondheid</translation>
    </message>
    <message>
        <source>Psychological assessment requested</source>
        <translation>Psychologisch onderzoek aangevraagd</translation>
    </message>
    <message>
        <source>In care now</source>
        <translation>Nu in zorg</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Has a bank account</source>
        <translation>Heeft een bankrekening</translation>
    </message>
    <message>
        <source>Needs a budget coach</source>
        <translation>Heeft een budgetcoach nodig</translation>
    </message>
    <message>
        <source>Housing now</source>
        <translation>Woont nu</translation>
    </message>
    <message>
        <source>Special housing needs</source>
        <translation>Bijzondere woonbehoeften</translation>
    </message>
    <message>
        <source>Children in the household</source>
        <translation>Kinderen in het huishouden</translation>
    </message>
    <message>
        <source>Early childhood education (VVE) explained</source>
        <translation>Voor- en vroegschoolse educatie (VVE) uitgelegd</translation>
    </message>
    <message>
        <source>Family reunification under way</source>
        <translation>Gezinshereniging loopt</translation>
    </message>
    <message>
        <source>Wants a language buddy</source>
        <translation>Wil een taalmaatje</translation>
    </message>
    <message>
        <source>Does volunteer work</source>
        <translation>Doet vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Sports or clubs</source>
        <translation>Sport of vereniging</translation>
    </message>
    <message>
        <source>Ambition in work</source>
        <translation>Ambitie in werk</translation>
    </message>
    <message>
        <source>Ambition in study</source>
        <translation>Ambitie in studie</translation>
    </message>
    <message>
        <source>The client&apos;s own wishes</source>
        <translation>Eigen wensen van de klant</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Startpositie</translation>
    </message>
    <message>
        <source>Support needed with</source>
        <translation>Ondersteuning nodig bij</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>Soort ondersteuning</translation>
    </message>
    <message>
        <source>How it stands</source>
        <translation>Hoe het ervoor staat</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Waarnemingen</translation>
    </message>
    <message>
        <source>Agreements made</source>
        <translation>Gemaakte afspraken</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <source>B1</source>
        <translation>B1</translation>
    </message>
    <message>
        <source>B2 or higher</source>
        <translation>B2 of hoger</translation>
    </message>
    <message>
        <source>Reads and writes the Latin script</source>
        <translation>Leest en schrijft het Latijnse schrift</translation>
    </message>
    <message>
        <source>Reads and writes another script</source>
        <translation>Leest en schrijft een ander schrift</translation>
    </message>
    <message>
        <source>Limited literacy</source>
        <translation>Beperkt geletterd</translation>
    </message>
    <message>
        <source>Cannot read or write</source>
        <translation>Kan niet lezen of schrijven</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Basisschool</translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation>Middelbare school</translation>
    </message>
    <message>
        <source>Vocational education</source>
        <translation>Beroepsonderwijs</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Hoger onderwijs</translation>
    </message>
    <message>
        <source>B1 feasible</source>
        <translation>B1 haalbaar</translation>
    </message>
    <message>
        <source>B1 not feasible</source>
        <translation>B1 niet haalbaar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Some limitations</source>
        <translation>Enige beperkingen</translation>
    </message>
    <message>
        <source>Serious limitations</source>
        <translation>Ernstige beperkingen</translation>
    </message>
    <message>
        <source>Some</source>
        <translation>Enige</translation>
    </message>
    <message>
        <source>Problematic</source>
        <translation>Problematisch</translation>
    </message>
    <message>
        <source>AZC</source>
        <translation>AZC</translation>
    </message>
    <message>
        <source>Temporary housing</source>
        <translation>Tijdelijke woonruimte</translation>
    </message>
    <message>
        <source>Own home</source>
        <translation>Eigen woning</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groot</translation>
    </message>
    <message>
        <source>Led by the hand</source>
        <translation>Aan de hand meenemen</translation>
    </message>
    <message>
        <source>Coached</source>
        <translation>Begeleid</translation>
    </message>
    <message>
        <source>Information, then on their own</source>
        <translation>Informatie, dan zelfstandig</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>In orde</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgelegd</translation>
    </message>
    <message>
        <source>Not at home</source>
        <translation>Niet thuis</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Quick start in the AZC</source>
        <translation>Snelle start in het AZC</translation>
    </message>
    <message>
        <source>Combined approach with COA</source>
        <translation>Gecombineerde aanpak met COA</translation>
    </message>
    <message>
        <source>Start after the move</source>
        <translation>Start na verhuizing</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Afgerond</translation>
    </message>
</context>
<context>
    <name>FigureDetail</name>
    <message>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>no closed window</source>
        <translation>geen afgesloten termijn</translation>
    </message>
    <message>
        <source>Realised per cohort; dashed line: the goal</source>
        <translation>Gehaald per cohort; stippellijn: het doel</translation>
    </message>
    <message>
        <source>Realised per cohort; this target has no goal</source>
        <translation>Gehaald per cohort; dit doel heeft geen streefwaarde</translation>
    </message>
    <message>
        <source>By {dimension} (click a number for the persons)</source>
        <translation>Naar {dimension} (klik op een getal voor de personen)</translation>
    </message>
</context>
<context>
    <name>FigureRows</name>
    <message>
        <source>Realised (n/N)</source>
        <translation>Gehaald
(n/N)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Al
gehaald</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Op
koers</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Achter</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Niet
gestart</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Uitge-
sloten</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Among those whose window has closed: realised of all</source>
        <translation>Van wie de termijn voorbij is: gehaald van het totaal</translation>
    </message>
    <message>
        <source>Realised share of the closed windows</source>
        <translation>Aandeel gehaald van de afgesloten termijnen</translation>
    </message>
    <message>
        <source>Window still open, target already realised</source>
        <translation>Termijn loopt nog, doel al gehaald</translation>
    </message>
    <message>
        <source>Window still open, progress recorded</source>
        <translation>Termijn loopt nog, voortgang vastgelegd</translation>
    </message>
    <message>
        <source>Window still open, more than half gone without progress</source>
        <translation>Termijn loopt nog, meer dan de helft voorbij zonder voortgang</translation>
    </message>
    <message>
        <source>Window still open, nothing recorded yet</source>
        <translation>Termijn loopt nog, nog niets vastgelegd</translation>
    </message>
    <message>
        <source>Left out by the target&apos;s own rule</source>
        <translation>Buiten beschouwing volgens de regel van het doel</translation>
    </message>
    <message>
        <source>Data missing: never counted as failed</source>
        <translation>Gegevens ontbreken: nooit geteld als niet gehaald</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Stap {step} van {steps}</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <source>No follow-up actions yet.</source>
        <translation>Nog geen vervolgacties.</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Wat er moet gebeuren</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wie het doet</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Nieuwe actie</translation>
    </message>
    <message>
        <source>Empty the fields to add another action</source>
        <translation>Maak de velden leeg om nog een actie toe te voegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Remove the chosen action (Del in the list)</source>
        <translation>De gekozen actie verwijderen (Del in de lijst)</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>A&amp;ctie</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>Uiter&amp;lijk</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <source>Follow-up action added.</source>
        <translation>Vervolgactie toegevoegd.</translation>
    </message>
    <message>
        <source>Follow-up action saved.</source>
        <translation>Vervolgactie opgeslagen.</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Als gedaan gemarkeerd.</translation>
    </message>
    <message>
        <source>Marked as not done.</source>
        <translation>Als niet gedaan gemarkeerd.</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Remove this follow-up action?

{action}</source>
        <translation>Deze vervolgactie verwijderen?

{action}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Follow-up action removed.</source>
        <translation>Vervolgactie verwijderd.</translation>
    </message>
    <message>
        <source>The follow-up action could not be saved.</source>
        <translation>De vervolgactie kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Add this action (Enter)</source>
        <translation>Deze actie toevoegen (Enter)</translation>
    </message>
    <message>
        <source>Save the changes to this action (Enter)</source>
        <translation>De wijzigingen in deze actie opslaan (Enter)</translation>
    </message>
    <message>
        <source>Not &amp;done</source>
        <translation>Niet &amp;gedaan</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;gedaan markeren</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Verwijzen…</translation>
    </message>
    <message>
        <source>Refer the client to a service of the sociale kaart from this visit</source>
        <translation>De klant vanuit dit bezoek verwijzen naar een dienst van de sociale kaart</translation>
    </message>
</context>
<context>
    <name>FormPartView</name>
    <message>
        <source>Needed before the form can be completed</source>
        <translation>Nodig om het formulier af te ronden</translation>
    </message>
    <message>
        <source>What else was said about this</source>
        <translation>Wat er verder over gezegd is</translation>
    </message>
    <message>
        <source>Notes on {part}</source>
        <translation>Notities bij {part}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Special category of personal data</source>
        <translation>Bijzonder persoonsgegeven</translation>
    </message>
    <message>
        <source>Health data (AVG article 9): record only what the support needs, share only with those who may see it.</source>
        <translation>Gezondheidsgegevens (AVG artikel 9): leg alleen vast wat de ondersteuning nodig heeft, deel alleen met wie het mag zien.</translation>
    </message>
    <message>
        <source>e.g. 47,50</source>
        <translation>bijv. 47,50</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Vul een heel getal in van {low} tot en met {high}.</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Domain</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Desired result</source>
        <translation>Gewenst resultaat</translation>
    </message>
    <message>
        <source>What the person wants to reach, in their words</source>
        <translation>Wat de persoon wil bereiken, in eigen woorden</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>No goals yet. Add one below, or take over the domains the intake named.</source>
        <translation>Nog geen doelen. Voeg er hieronder een toe, of neem de leefgebieden over die de intake noemde.</translation>
    </message>
    <message>
        <source>&amp;New goal</source>
        <translation>&amp;Nieuw doel</translation>
    </message>
    <message>
        <source>From the intake:</source>
        <translation>Uit de intake:</translation>
    </message>
    <message>
        <source>Take over a&amp;ll</source>
        <translation>&amp;Alle overnemen</translation>
    </message>
    <message>
        <source>Add a goal for every domain the intake named</source>
        <translation>Een doel toevoegen voor elk leefgebied dat de intake noemde</translation>
    </message>
    <message>
        <source>Goals added: write down the desired result of each.</source>
        <translation>Doelen toegevoegd: schrijf bij elk doel het gewenste resultaat op.</translation>
    </message>
    <message>
        <source>The goals could not be added.</source>
        <translation>De doelen konden niet worden toegevoegd.</translation>
    </message>
    <message>
        <source>{open} open of {total}</source>
        <translation>{open} open van {total}</translation>
    </message>
    <message>
        <source>Add a goal on this domain</source>
        <translation>Een doel op dit leefgebied toevoegen</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Telephone handover</source>
        <translation>Telefonische overdracht</translation>
    </message>
    <message>
        <source>The COA begeleider hands the client over by phone. Choose how the route starts, then type along during the call: everything is saved as you type.</source>
        <translation>De COA-begeleider draagt de klant telefonisch over. Kies hoe de route begint en typ mee tijdens het gesprek: alles wordt opgeslagen terwijl je typt.</translation>
    </message>
    <message>
        <source>&amp;Complete handover</source>
        <translation>Overdracht af&amp;ronden</translation>
    </message>
    <message>
        <source>Check the required questions (*) and close the handover (Ctrl+Enter)</source>
        <translation>Controleer de verplichte vragen (*) en rond de overdracht af (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reopen to edit</source>
        <translation>Heropenen om te &amp;wijzigen</translation>
    </message>
    <message>
        <source>The handover is complete.</source>
        <translation>De overdracht is afgerond.</translation>
    </message>
    <message>
        <source>The handovers could not be loaded.</source>
        <translation>De overdrachten konden niet worden geladen.</translation>
    </message>
    <message>
        <source>The handover could not be started.</source>
        <translation>De overdracht kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The handover could not be completed.</source>
        <translation>De overdracht kon niet worden afgerond.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Varia&amp;nt</source>
        <translation>Varia&amp;nt</translation>
    </message>
    <message>
        <source>&amp;Start handover</source>
        <translation>Overdracht &amp;starten</translation>
    </message>
    <message>
        <source>Back to the handover</source>
        <translation>Terug naar de overdracht</translation>
    </message>
    <message>
        <source>This client&apos;s handovers, newest first</source>
        <translation>Overdrachten van deze klant, nieuwste eerst</translation>
    </message>
    <message>
        <source>New handover…</source>
        <translation>Nieuwe overdracht…</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <source>COA &amp;begeleider</source>
        <translation>COA-&amp;begeleider</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;Date of the call</source>
        <translation>&amp;Datum van het gesprek</translation>
    </message>
    <message>
        <source>Varian&amp;t</source>
        <translation>Varian&amp;t</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>Ti&amp;jd</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Route, dates and money</source>
        <translation>Route, datums en geld</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Furnishing loan and debts</source>
        <translation>Inrichtingskrediet en schulden</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Oud</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>History of the plan</source>
        <translation>Geschiedenis van het plan</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} wijzigingen</translation>
    </message>
    <message>
        <source>The latest {count} changes</source>
        <translation>De laatste {count} wijzigingen</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Add household member</source>
        <translation>Lid van huishouden toevoegen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Leden van het huishouden</translation>
    </message>
    <message>
        <source>Not linked to a household yet.</source>
        <translation>Hoort nog niet bij een huishouden.</translation>
    </message>
    <message>
        <source>The household could not be loaded.</source>
        <translation>Het huishouden kon niet worden geladen.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Nu geopend</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <source>Broad intake</source>
        <translation>Brede intake</translation>
    </message>
    <message>
        <source>The broad intake goes through every life domain with the client and ends in a conclusion. It is saved as you type: stop at any moment and go on later.</source>
        <translation>De brede intake loopt met de klant alle leefgebieden langs en eindigt in een conclusie. Alles wordt opgeslagen terwijl je typt: stop wanneer je wilt en ga later verder.</translation>
    </message>
    <message>
        <source>&amp;Complete intake</source>
        <translation>Intake af&amp;ronden</translation>
    </message>
    <message>
        <source>Check the required questions (*) of every domain and close the intake (Ctrl+Enter)</source>
        <translation>Controleer de verplichte vragen (*) van elk leefgebied en rond de intake af (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Re&amp;open to edit</source>
        <translation>Heropenen om te &amp;wijzigen</translation>
    </message>
    <message>
        <source>The intake is complete.</source>
        <translation>De intake is afgerond.</translation>
    </message>
    <message>
        <source>The intake could not be loaded.</source>
        <translation>De intake kon niet worden geladen.</translation>
    </message>
    <message>
        <source>The intake could not be started.</source>
        <translation>De intake kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The intake could not be completed.</source>
        <translation>De intake kon niet worden afgerond.</translation>
    </message>
    <message>
        <source>&amp;Start intake</source>
        <translation>Intake &amp;starten</translation>
    </message>
    <message>
        <source>Inte&amp;rpreter present</source>
        <translation>Tolk aanwe&amp;zig</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>Da&amp;tum</translation>
    </message>
    <message>
        <source>&amp;Language of the conversation</source>
        <translation>Ta&amp;al van het gesprek</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Aanw&amp;ezig</translation>
    </message>
    <message>
        <source>Who of the chain took part in the conversation</source>
        <translation>Wie van de keten bij het gesprek was</translation>
    </message>
    <message>
        <source>Special category of personal data</source>
        <translation>Bijzonder persoonsgegeven</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <source>Broad intake: {name}</source>
        <translation>Brede intake: {name}</translation>
    </message>
    <message>
        <source>From the handover: {value} — confirm</source>
        <translation>Uit de overdracht: {value} — bevestig</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>{status} sinds {date}</translation>
    </message>
    <message>
        <source>Intake {name} {date}.pdf</source>
        <translation>Intake {name} {date}.pdf</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Samenvatting opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>De pdf kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Saved as {path}. This file is not encrypted.</source>
        <translation>Opgeslagen als {path}. Dit bestand is niet versleuteld.</translation>
    </message>
</context>
<context>
    <name>IntakeSummary</name>
    <message>
        <source>{form}: {name}</source>
        <translation>{form}: {name}</translation>
    </message>
    <message>
        <source>Held on {date}</source>
        <translation>Gehouden op {date}</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(geen datum)</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>in het {language}</translation>
    </message>
    <message>
        <source>with an interpreter</source>
        <translation>met tolk</translation>
    </message>
    <message>
        <source>without an interpreter</source>
        <translation>zonder tolk</translation>
    </message>
    <message>
        <source>Present: {names}.</source>
        <translation>Aanwezig: {names}.</translation>
    </message>
    <message>
        <source>Completed on {date}.</source>
        <translation>Afgerond op {date}.</translation>
    </message>
    <message>
        <source>Draft: not completed yet.</source>
        <translation>Concept: nog niet afgerond.</translation>
    </message>
    <message>
        <source>Special category of personal data: share only with those who may see it.</source>
        <translation>Bijzonder persoonsgegeven: deel alleen met wie het mag zien.</translation>
    </message>
    <message>
        <source>Made with Ketenplan on {date}.</source>
        <translation>Gemaakt met Ketenplan op {date}.</translation>
    </message>
    <message>
        <source>{title} · page {page} of {pages}</source>
        <translation>{title} · pagina {page} van {pages}</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite people</source>
        <translation>Mensen uitnodigen</translation>
    </message>
    <message>
        <source>Search by name, V-nummer, BSN or phone</source>
        <translation>Zoek op naam, V-nummer, BSN of telefoon</translation>
    </message>
    <message>
        <source>People of the caseload</source>
        <translation>Mensen uit de caseload</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Uitnodigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Who do you invite to the session of {session}?</source>
        <translation>Wie nodig je uit voor de bijeenkomst van {session}?</translation>
    </message>
    <message>
        <source>{person} (invited)</source>
        <translation>{person} (uitgenodigd)</translation>
    </message>
    <message>
        <source>{shown} of {total} found: search to narrow</source>
        <translation>{shown} van {total} gevonden: zoek om te verfijnen</translation>
    </message>
    <message>
        <source>{total} found</source>
        <translation>{total} gevonden</translation>
    </message>
    <message>
        <source>{found}; {chosen} chosen</source>
        <translation>{found}; {chosen} gekozen</translation>
    </message>
    <message>
        <source>Invite {n}</source>
        <translation>{n} uitnodigen</translation>
    </message>
    <message>
        <source>Nobody was invited: the people chosen could not be read. Search again.</source>
        <translation>Niemand is uitgenodigd: de gekozen mensen konden niet worden gelezen. Zoek opnieuw.</translation>
    </message>
</context>
<context>
    <name>JourneyLabels</name>
    <message>
        <source>AZC and koppeling</source>
        <translation>AZC en koppeling</translation>
    </message>
    <message>
        <source>Warm handover</source>
        <translation>Warme overdracht</translation>
    </message>
    <message>
        <source>Arrival and housing</source>
        <translation>Aankomst en huisvesting</translation>
    </message>
    <message>
        <source>Broad intake</source>
        <translation>Brede intake</translation>
    </message>
    <message>
        <source>Integration and participation plan</source>
        <translation>Plan inburgering en participatie</translation>
    </message>
    <message>
        <source>Language and integration</source>
        <translation>Taal en inburgering</translation>
    </message>
    <message>
        <source>Work or school</source>
        <translation>Werk of school</translation>
    </message>
    <message>
        <source>Own network and independence</source>
        <translation>Eigen netwerk en zelfstandigheid</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>De persoon</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <source>Hurts</source>
        <translation>Knelt</translation>
    </message>
    <message>
        <source>Only in the client file</source>
        <translation>Alleen in het klantdossier</translation>
    </message>
    <message>
        <source>May be used without a name</source>
        <translation>Mag gebruikt worden zonder naam</translation>
    </message>
    <message>
        <source>May be used with the name</source>
        <translation>Mag gebruikt worden met naam</translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <source>Experiences</source>
        <translation>Ervaringen</translation>
    </message>
    <message>
        <source>&amp;New story</source>
        <translation>&amp;Nieuw verhaal</translation>
    </message>
    <message>
        <source>&amp;Open story</source>
        <translation>Verhaal &amp;openen</translation>
    </message>
    <message>
        <source>Remove story</source>
        <translation>Verhaal verwijderen</translation>
    </message>
    <message>
        <source>Told on</source>
        <translation>Verteld op</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Told by</source>
        <translation>Verteld door</translation>
    </message>
    <message>
        <source>Use outside the file</source>
        <translation>Gebruik buiten het dossier</translation>
    </message>
    <message>
        <source>Stories of this client</source>
        <translation>Verhalen van deze klant</translation>
    </message>
    <message>
        <source>No stories yet. Write down what the person, a partner or a worker tells about a stage of the journey.</source>
        <translation>Nog geen verhalen. Schrijf op wat de persoon, een partner of een medewerker vertelt over een fase van de reis.</translation>
    </message>
    <message>
        <source>Ratings per stage</source>
        <translation>Waarderingen per fase</translation>
    </message>
    <message>
        <source>+ good, 0 neutral, - hurts; choose a cell to rate it</source>
        <translation>+ goed, 0 neutraal, - knelt; kies een vak om het te waarderen</translation>
    </message>
    <message>
        <source>No client open.</source>
        <translation>Geen klant geopend.</translation>
    </message>
    <message>
        <source>{n} stories, {used} of them may be used outside the file; {r} ratings</source>
        <translation>{n} verhalen, waarvan {used} buiten het dossier gebruikt mogen worden; {r} waarderingen</translation>
    </message>
    <message>
        <source>The experiences could not be loaded.</source>
        <translation>De ervaringen konden niet worden geladen.</translation>
    </message>
    <message>
        <source>Discard this story?</source>
        <translation>Dit verhaal weggooien?</translation>
    </message>
    <message>
        <source>What you wrote in this story is not saved and will be lost.</source>
        <translation>Wat je in dit verhaal schreef is niet opgeslagen en gaat verloren.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Niet opgeslagen: verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Story saved.</source>
        <translation>Verhaal opgeslagen.</translation>
    </message>
    <message>
        <source>The story could not be saved.</source>
        <translation>Het verhaal kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Story removed.</source>
        <translation>Verhaal verwijderd.</translation>
    </message>
    <message>
        <source>Remove this story?</source>
        <translation>Dit verhaal verwijderen?</translation>
    </message>
    <message>
        <source>The story is removed from the client file.</source>
        <translation>Het verhaal wordt uit het klantdossier verwijderd.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Rating not saved: please correct the marked fields.</source>
        <translation>Waardering niet opgeslagen: verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Rating saved.</source>
        <translation>Waardering opgeslagen.</translation>
    </message>
    <message>
        <source>Rating removed.</source>
        <translation>Waardering verwijderd.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>De wijziging kon niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>All stages</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Ratings per stage, by who gave them (the newest of each voice in the period)</source>
        <translation>Waarderingen per fase, naar wie ze gaf (de nieuwste van elke stem in de periode)</translation>
    </message>
    <message>
        <source>Told on</source>
        <translation>Verteld op</translation>
    </message>
    <message>
        <source>Told by</source>
        <translation>Verteld door</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Open client file</source>
        <translation>Klantdossier openen</translation>
    </message>
    <message>
        <source>Open the file of the person this story is about; only persons this device holds for you can be opened</source>
        <translation>Open het dossier van de persoon over wie dit verhaal gaat; alleen personen die dit apparaat voor je bewaart zijn te openen</translation>
    </message>
    <message>
        <source>Stories the persons agreed to share</source>
        <translation>Verhalen die de personen wilden delen</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Bezig met lezen...</translation>
    </message>
    <message>
        <source>The stories and ratings could not be read.</source>
        <translation>De verhalen en waarderingen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anoniem)</translation>
    </message>
    <message>
        <source>{s} stories, {r} ratings in the period</source>
        <translation>{s} verhalen, {r} waarderingen in de periode</translation>
    </message>
    <message>
        <source>What changed: {text}</source>
        <translation>Wat veranderde: {text}</translation>
    </message>
    <message>
        <source>Why it matters: {text}</source>
        <translation>Waarom het ertoe doet: {text}</translation>
    </message>
    <message>
        <source>Life domain: {domain}</source>
        <translation>Leefgebied: {domain}</translation>
    </message>
</context>
<context>
    <name>KaartTexts</name>
    <message>
        <source>Municipality: integration, benefit, plan</source>
        <translation>Gemeente: inburgering, uitkering, plan</translation>
    </message>
    <message>
        <source>Social support</source>
        <translation>Maatschappelijke begeleiding</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Taalschool</translation>
    </message>
    <message>
        <source>Money and debts</source>
        <translation>Geld en schulden</translation>
    </message>
    <message>
        <source>Welfare and social work</source>
        <translation>Welzijn en maatschappelijk werk</translation>
    </message>
    <message>
        <source>Work and internships</source>
        <translation>Werk en stages</translation>
    </message>
    <message>
        <source>Family doctor</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psychische hulp</translation>
    </message>
    <message>
        <source>Practising Dutch</source>
        <translation>Nederlands oefenen</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>walk in</source>
        <translation>inloop</translation>
    </message>
    <message>
        <source>by appointment</source>
        <translation>op afspraak</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation>Telefoon: {number}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-mail: {email}</translation>
    </message>
    <message>
        <source>Age {low} to {high}</source>
        <translation>Leeftijd {low} tot {high}</translation>
    </message>
    <message>
        <source>Not active at the moment.</source>
        <translation>Op dit moment niet actief.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Bereikbaarheid</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesproken talen</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation>Wat het kost</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Wat mee te nemen</translation>
    </message>
    <message>
        <source>How to refer</source>
        <translation>Aanmelden en verwijzen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Linked (koppeling)</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Broad intake</source>
        <translation>Brede intake</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Gevestigd</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Zelfstandig</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Other / unknown</source>
        <translation>Anders / onbekend</translation>
    </message>
    <message>
        <source>Main person</source>
        <translation>Hoofdpersoon</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Other household member</source>
        <translation>Ander lid van het huishouden</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrië</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turkije</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalië</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Soedan</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Ethiopië</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Oekraïne</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>Ander land</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Pasjtoe</translation>
    </message>
    <message>
        <source>Farsi</source>
        <translation>Farsi</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Koerdisch</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalisch</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amhaars</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Klantmanager</source>
        <translation>Klantmanager</translation>
    </message>
    <message>
        <source>Social support worker</source>
        <translation>Maatschappelijk begeleider</translation>
    </message>
    <message>
        <source>Partner worker</source>
        <translation>Medewerker ketenpartner</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>This is not a valid BSN: it must be 8 or 9 digits and pass the 11-check.</source>
        <translation>Dit is geen geldig BSN: het moet uit 8 of 9 cijfers bestaan en de elfproef doorstaan.</translation>
    </message>
    <message>
        <source>DUO does not accept level A2 with the B1-route in a first PIP: choose B1 (or leave the level empty); lower it in a later revision.</source>
        <translation>DUO neemt niveau A2 met de B1-route niet aan in een eerste PIP: kies B1 (of laat het niveau leeg); verlaag het bij een latere herziening.</translation>
    </message>
    <message>
        <source>The estimated B1 intensity belongs to the B1-route only: clear the hours or choose the B1-route.</source>
        <translation>De geschatte intensiteit B1-route hoort alleen bij de B1-route: maak de uren leeg of kies de B1-route.</translation>
    </message>
    <message>
        <source>The estimated B1 intensity is for asylum holders only: clear the hours.</source>
        <translation>De geschatte intensiteit B1-route is alleen voor asielstatushouders: maak de uren leeg.</translation>
    </message>
    <message>
        <source>A revised PIP cannot be dated before the first PIP: date it on or after the first PIP.</source>
        <translation>Een gewijzigd PIP kan niet vóór het eerste PIP gedagtekend zijn: dagteken het op of na het eerste PIP.</translation>
    </message>
    <message>
        <source>A revised PIP cannot be dated before the current PIP: date it on or after the current PIP.</source>
        <translation>Een gewijzigd PIP kan niet vóór het actuele PIP gedagtekend zijn: dagteken het op of na het actuele PIP.</translation>
    </message>
    <message>
        <source>The route can change only within 18 months of the first PIP (from the education route to the B1-route at any time): keep the current route.</source>
        <translation>De leerroute kan alleen binnen 18 maanden na het eerste PIP wijzigen (van onderwijsroute naar B1-route altijd): houd de huidige route aan.</translation>
    </message>
    <message>
        <source>The education route has no MAP: clear the MAP date, or change the route first.</source>
        <translation>De onderwijsroute heeft geen MAP: maak de MAP-datum leeg, of wijzig eerst de route.</translation>
    </message>
    <message>
        <source>Only the Z-route can be completed as a Z-route: clear the date, or change the route first.</source>
        <translation>Alleen de Z-route kan als Z-route worden afgerond: maak de datum leeg, of wijzig eerst de route.</translation>
    </message>
    <message>
        <source>DUO accepts results only from the municipality whose PIP is current: send the PIP first.</source>
        <translation>DUO neemt resultaten alleen aan van de gemeente met het actuele PIP: lever eerst het PIP aan.</translation>
    </message>
    <message>
        <source>Another municipality registered this date: only that municipality can change it.</source>
        <translation>Een andere gemeente heeft deze datum geregistreerd: alleen die gemeente kan hem wijzigen.</translation>
    </message>
    <message>
        <source>The duty has been met through the Z-route: DUO no longer takes this result.</source>
        <translation>De inburgeringsplicht is via de Z-route voldaan: DUO neemt dit resultaat niet meer aan.</translation>
    </message>
    <message>
        <source>This date lies before the integration term started: use a date within the term.</source>
        <translation>Deze datum ligt vóór de start van de inburgeringstermijn: gebruik een datum binnen de termijn.</translation>
    </message>
    <message>
        <source>This date lies in the future: record it once it has happened.</source>
        <translation>Deze datum ligt in de toekomst: leg hem vast zodra het gebeurd is.</translation>
    </message>
    <message>
        <source>This date lies after the Z-route was completed: use a date on or before that day.</source>
        <translation>Deze datum ligt na de afronding van de Z-route: gebruik een datum op of vóór die dag.</translation>
    </message>
    <message>
        <source>The date cannot be withdrawn once the Z-route is registered as completed.</source>
        <translation>De datum kan niet worden ingetrokken als de afronding van de Z-route is geregistreerd.</translation>
    </message>
    <message>
        <source>Culpability is stated only for a date after the integration term: leave it empty.</source>
        <translation>Verwijtbaarheid wordt alleen opgegeven bij een datum na de inburgeringstermijn: laat het leeg.</translation>
    </message>
    <message>
        <source>This date lies after the integration term: state whether the delay is culpable.</source>
        <translation>Deze datum ligt na de inburgeringstermijn: geef aan of de overschrijding verwijtbaar is.</translation>
    </message>
    <message>
        <source>&apos;Not culpable&apos; is possible only within two months of the end of the term: choose &apos;culpable&apos;.</source>
        <translation>&apos;Niet verwijtbaar&apos; kan alleen binnen twee maanden na het einde van de termijn: kies &apos;verwijtbaar&apos;.</translation>
    </message>
    <message>
        <source>An extension must end later than the current term.</source>
        <translation>Een verlenging moet later eindigen dan de huidige termijn.</translation>
    </message>
    <message>
        <source>This is not one of DUO&apos;s grounds for an extension.</source>
        <translation>Dit is geen van de verlengingsgronden van DUO.</translation>
    </message>
    <message>
        <source>DUO has set the integration term: the PIP can no longer be withdrawn; revise it instead.</source>
        <translation>DUO heeft de inburgeringstermijn vastgesteld: het PIP kan niet meer worden verwijderd; wijzig het in plaats daarvan.</translation>
    </message>
    <message>
        <source>Course hours are registered on the current offer: the PIP can no longer be withdrawn; revise it instead.</source>
        <translation>Er zijn cursusuren geregistreerd bij het actuele inburgeringsaanbod: het PIP kan niet meer worden verwijderd; wijzig het in plaats daarvan.</translation>
    </message>
    <message>
        <source>A score has at most three digits and two decimals, like 47,50.</source>
        <translation>Een score heeft hoogstens drie cijfers en twee decimalen, zoals 47,50.</translation>
    </message>
    <message>
        <source>DUO registers an integration offer for asylum holders only: do not send it for this person.</source>
        <translation>DUO registreert een inburgeringsaanbod alleen voor asielstatushouders: stuur het voor deze persoon niet.</translation>
    </message>
    <message>
        <source>DUO registers an integration offer only once the person has a PIP: send the PIP first.</source>
        <translation>DUO registreert een inburgeringsaanbod pas als de persoon een PIP heeft: stuur eerst het PIP.</translation>
    </message>
    <message>
        <source>DUO does not list this institution with a Blik op Werk quality mark (or a recognised language bridging programme for the education route): choose one from DUO&apos;s list.</source>
        <translation>DUO kent deze instelling niet met een keurmerk van Blik op Werk (of als erkende taalschakelinstelling voor de onderwijsroute): kies er een uit de lijst van DUO.</translation>
    </message>
    <message>
        <source>An institution number has exactly ten characters, as in DUO&apos;s list.</source>
        <translation>Een instellingsnummer heeft precies tien tekens, zoals in de lijst van DUO.</translation>
    </message>
    <message>
        <source>The offer&apos;s dates cannot lie before the date of the current PIP: use a date on or after it.</source>
        <translation>De data van het aanbod mogen niet voor de dagtekening van het actuele PIP liggen: kies een datum op of na die dag.</translation>
    </message>
    <message>
        <source>The course cannot start before the date of the offer: use a date on or after it.</source>
        <translation>De opleiding kan niet starten voor de datum van het aanbod: kies een datum op of na die dag.</translation>
    </message>
    <message>
        <source>The course must start and end within the integration term: choose dates within the term.</source>
        <translation>De opleiding moet binnen de inburgeringstermijn beginnen en eindigen: kies data binnen de termijn.</translation>
    </message>
    <message>
        <source>A name holds letters, spaces, dashes, full stops and apostrophes only.</source>
        <translation>Een naam bevat alleen letters, spaties, streepjes, punten en apostroffen.</translation>
    </message>
    <message>
        <source>DUO takes these hours for asylum holders only: do not send them for this person.</source>
        <translation>DUO neemt deze uren alleen aan voor asielstatushouders: stuur ze voor deze persoon niet.</translation>
    </message>
    <message>
        <source>Participation activity hours belong to the Z-route only: send language hours for the other routes.</source>
        <translation>Uren participatieactiviteiten horen alleen bij de Z-route: stuur voor de andere routes uren taalles.</translation>
    </message>
    <message>
        <source>Hours within a learning route can be sent only once the person has a PIP: send the PIP first.</source>
        <translation>Uren binnen een leerroute kunnen pas worden gestuurd als de persoon een PIP heeft: stuur eerst het PIP.</translation>
    </message>
    <message>
        <source>A V-nummer has 10 digits.</source>
        <translation>Een V-nummer heeft 10 cijfers.</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>Dit is geen geldige datum.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>Deze datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>This date lies before the date of birth.</source>
        <translation>Deze datum ligt vóór de geboortedatum.</translation>
    </message>
    <message>
        <source>Settling cannot be before the koppeling.</source>
        <translation>De vestiging kan niet vóór de koppeling liggen.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Dit is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>A phone number has 6 to 20 digits, spaces or dashes.</source>
        <translation>Een telefoonnummer heeft 6 tot 20 cijfers, spaties of streepjes.</translation>
    </message>
    <message>
        <source>A Dutch postcode looks like 1234 AB.</source>
        <translation>Een Nederlandse postcode ziet eruit als 1234 AB.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Kies een van de mogelijkheden.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Deze tekst is te lang.</translation>
    </message>
    <message>
        <source>This number is outside the range allowed here.</source>
        <translation>Dit getal valt buiten wat hier is toegestaan.</translation>
    </message>
    <message>
        <source>This question is not part of the form.</source>
        <translation>Deze vraag hoort niet bij het formulier.</translation>
    </message>
    <message>
        <source>A time looks like 14:30.</source>
        <translation>Een tijd ziet eruit als 14:30.</translation>
    </message>
    <message>
        <source>Some required questions are not answered yet.</source>
        <translation>Enkele verplichte vragen zijn nog niet beantwoord.</translation>
    </message>
    <message>
        <source>This visit is still to come: it cannot have taken place.</source>
        <translation>Dit bezoek moet nog komen: het kan nog niet hebben plaatsgevonden.</translation>
    </message>
    <message>
        <source>Level A2 cannot go with the education route: choose B1 or another route.</source>
        <translation>Niveau A2 kan niet samen met de onderwijsroute: kies B1 of een andere route.</translation>
    </message>
    <message>
        <source>Level B1 cannot go with the Z-route: choose A2 or another route.</source>
        <translation>Niveau B1 kan niet samen met de Z-route: kies A2 of een andere route.</translation>
    </message>
    <message>
        <source>The PIP date cannot lie before the integration duty starts.</source>
        <translation>De dagtekening van het PIP kan niet vóór de start van de inburgeringsplicht liggen.</translation>
    </message>
    <message>
        <source>The PIP date cannot lie before the person settled in the municipality.</source>
        <translation>De dagtekening van het PIP kan niet vóór de vestiging in de gemeente liggen.</translation>
    </message>
    <message>
        <source>The end cannot lie before the start.</source>
        <translation>Het einde kan niet vóór het begin liggen.</translation>
    </message>
    <message>
        <source>The plan has not been agreed yet.</source>
        <translation>Het plan is nog niet vastgesteld.</translation>
    </message>
    <message>
        <source>This goal belongs to another plan.</source>
        <translation>Dit doel hoort bij een ander plan.</translation>
    </message>
</context>
<context>
    <name>LocationFields</name>
    <message>
        <source>No location</source>
        <translation>Geen locatie</translation>
    </message>
    <message>
        <source>New location…</source>
        <translation>Nieuwe locatie…</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>optional, e.g. 52.2233</source>
        <translation>niet verplicht, bijv. 52.2233</translation>
    </message>
    <message>
        <source>optional, e.g. 5.1761</source>
        <translation>niet verplicht, bijv. 5.1761</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;am</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>&amp;Straat en huisnummer</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>Plaa&amp;ts</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vincie</translation>
    </message>
    <message>
        <source>La&amp;titude</source>
        <translation>&amp;Breedtegraad</translation>
    </message>
    <message>
        <source>Lon&amp;gitude</source>
        <translation>Len&amp;gtegraad</translation>
    </message>
    <message>
        <source>Changes to this location show at every service there.</source>
        <translation>Wijzigingen aan deze locatie gelden voor elke dienst op deze plek.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>province</source>
        <translation>provincie</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>breedtegraad</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>lengtegraad</translation>
    </message>
    <message>
        <source>The postcode is not a Dutch postcode: write four digits and two letters, e.g. 1211 AB.</source>
        <translation>De postcode is geen Nederlandse postcode: schrijf vier cijfers en twee letters, bijvoorbeeld 1211 AB.</translation>
    </message>
    <message>
        <source>Coordinates: give both, as degrees (latitude -90 to 90, longitude -180 to 180), e.g. 52.2233 and 5.1761, or leave both empty.</source>
        <translation>Coördinaten: vul beide in, in graden (breedtegraad -90 tot 90, lengtegraad -180 tot 180), bijvoorbeeld 52.2233 en 5.1761, of laat beide leeg.</translation>
    </message>
    <message>
        <source>The location&apos;s {field} is missing.</source>
        <translation>De {field} van de locatie ontbreekt.</translation>
    </message>
    <message>
        <source>The location&apos;s {field} is not right.</source>
        <translation>De {field} van de locatie klopt niet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>My actions</source>
        <translation>Mijn acties</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Apparaten</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Store: {folder}</source>
        <translation>Opslag: {folder}</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation>Sociale kaart</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>For example: monitoringsoverleg, first quarter</source>
        <translation>Bijvoorbeeld: monitoringsoverleg eerste kwartaal</translation>
    </message>
    <message>
        <source>Year of settling (vestiging)</source>
        <translation>Jaar van vestiging</translation>
    </message>
    <message>
        <source>Year the integration duty started (CBS)</source>
        <translation>Jaar waarin de inburgeringsplicht begon (CBS)</translation>
    </message>
    <message>
        <source>Freeze the figures now</source>
        <translation>Cijfers nu vastleggen</translation>
    </message>
    <message>
        <source>Keep the figures as this device computes them on the meeting&apos;s date, with the meeting</source>
        <translation>Bewaar de cijfers zoals dit apparaat ze berekent op de datum van het overleg, bij het overleg</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Cohort</source>
        <translation>&amp;Cohort</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Previous meeting</source>
        <translation>Vorig overleg</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Add from the directory</source>
        <translation>Uit het adresboek toevoegen</translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation>Naam toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Stories selected (most significant change)</source>
        <translation>Gekozen verhalen (most significant change)</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Verhaal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Why it was selected</source>
        <translation>Waarom gekozen</translation>
    </message>
    <message>
        <source>Select this story</source>
        <translation>Dit verhaal kiezen</translation>
    </message>
    <message>
        <source>Decisions (one per line)</source>
        <translation>Besluiten (één per regel)</translation>
    </message>
    <message>
        <source>Actions: who does what by when</source>
        <translation>Acties: wie doet wat voor wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By (dd-mm-yyyy)</source>
        <translation>Uiterlijk (dd-mm-jjjj)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Wat ervan terechtkwam</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Open actions of the previous meeting: what became of them</source>
        <translation>Open acties van het vorige overleg: wat ervan terechtkwam</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Nothing was left open by the previous meeting.</source>
        <translation>Het vorige overleg liet niets open.</translation>
    </message>
    <message>
        <source>No stories with consent to use them are on this device yet.</source>
        <translation>Er staan nog geen verhalen met toestemming voor gebruik op dit apparaat.</translation>
    </message>
    <message>
        <source>none: this is the first meeting</source>
        <translation>geen: dit is het eerste overleg</translation>
    </message>
    <message>
        <source>Frozen: the figures of {date} ({n} persons)</source>
        <translation>Vastgelegd: de cijfers van {date} ({n} personen)</translation>
    </message>
    <message>
        <source>Not frozen yet: the report shows the figures as they are now</source>
        <translation>Nog niet vastgelegd: het verslag toont de cijfers van nu</translation>
    </message>
    <message>
        <source>(not on this device, or no consent any more)</source>
        <translation>(niet op dit apparaat, of geen toestemming meer)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
</context>
<context>
    <name>MeetingReport</name>
    <message>
        <source>realised (closed windows)</source>
        <translation>gerealiseerd (termijn verstreken)</translation>
    </message>
    <message>
        <source>on track (open windows)</source>
        <translation>op schema (termijn loopt)</translation>
    </message>
    <message>
        <source>Nobody counts in this target yet.</source>
        <translation>Nog niemand telt mee voor dit doel.</translation>
    </message>
    <message>
        <source>{pct}% realised ({n}/{N})</source>
        <translation>{pct}% gerealiseerd ({n}/{N})</translation>
    </message>
    <message>
        <source>no closed windows</source>
        <translation>geen verstreken termijnen</translation>
    </message>
    <message>
        <source>{pct}% on track ({n}/{N})</source>
        <translation>{pct}% op schema ({n}/{N})</translation>
    </message>
    <message>
        <source>no open windows</source>
        <translation>geen lopende termijnen</translation>
    </message>
    <message>
        <source>housed, share of the taakstelling</source>
        <translation>gehuisvest, deel van de taakstelling</translation>
    </message>
    <message>
        <source>taakstelling (100%)</source>
        <translation>taakstelling (100%)</translation>
    </message>
    <message>
        <source>{housed} of {quota} housed</source>
        <translation>{housed} van {quota} gehuisvest</translation>
    </message>
    <message>
        <source>{housed} housed, no taakstelling entered</source>
        <translation>{housed} gehuisvest, geen taakstelling ingevoerd</translation>
    </message>
    <message>
        <source>+ good</source>
        <translation>+ goed</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutraal</translation>
    </message>
    <message>
        <source>- hurts</source>
        <translation>- knelt</translation>
    </message>
    <message>
        <source>No ratings were given in this period.</source>
        <translation>In deze periode zijn geen waarderingen gegeven.</translation>
    </message>
    <message>
        <source>Monitoring meeting of {date}</source>
        <translation>Monitoringsoverleg van {date}</translation>
    </message>
    <message>
        <source>Monitoring figures</source>
        <translation>Monitoringscijfers</translation>
    </message>
    <message>
        <source>Ketenplan - {title} - figures as of {date}</source>
        <translation>Ketenplan - {title} - cijfers per {date}</translation>
    </message>
    <message>
        <source>Figures as they stood on {date}; {basis}; {n} persons.</source>
        <translation>Cijfers zoals ze op {date} stonden; {basis}; {n} personen.</translation>
    </message>
    <message>
        <source>Present: {names}</source>
        <translation>Aanwezig: {names}</translation>
    </message>
    <message>
        <source>Realised: among those whose window has closed. On track: among those still inside it, realised already or on their way. Unknown is never counted as failed.</source>
        <translation>Gerealiseerd: van wie de termijn verstreken is. Op schema: van wie de termijn nog loopt, al gerealiseerd of op weg. Onbekend telt nooit als niet gehaald.</translation>
    </message>
    <message>
        <source>The targets</source>
        <translation>De doelen</translation>
    </message>
    <message>
        <source>Excluded by the target&apos;s own rule: {excluded}; unknown (data missing): {unknown}.</source>
        <translation>Uitgezonderd door de regel van het doel: {excluded}; onbekend (gegevens ontbreken): {unknown}.</translation>
    </message>
    <message>
        <source>How the stages of the journey were rated</source>
        <translation>Hoe de fasen van de reis gewaardeerd zijn</translation>
    </message>
    <message>
        <source>The stories selected</source>
        <translation>De gekozen verhalen</translation>
    </message>
    <message>
        <source>No stories were selected.</source>
        <translation>Er zijn geen verhalen gekozen.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>{stage} - told by {kind} on {date} - {who}</source>
        <translation>{stage} - verteld door {kind} op {date} - {who}</translation>
    </message>
    <message>
        <source>In the storyteller&apos;s words ({language}): {text}</source>
        <translation>In de woorden van de verteller ({language}): {text}</translation>
    </message>
    <message>
        <source>Why it was selected: {reason}</source>
        <translation>Waarom gekozen: {reason}</translation>
    </message>
    <message>
        <source>Selected stories not shown, because the person&apos;s consent does not allow it (any more) or this device does not hold them: {n}.</source>
        <translation>Gekozen verhalen die niet getoond worden, omdat de toestemming van de persoon dat niet (meer) toelaat of dit apparaat ze niet heeft: {n}.</translation>
    </message>
    <message>
        <source>Differences between groups</source>
        <translation>Verschillen tussen groepen</translation>
    </message>
    <message>
        <source>Realised among closed windows, all cohorts together. Small numbers are hidden: &quot;&lt;5&quot; under five, &quot;x&quot; where a hidden number could otherwise be worked out; a share only over ten or more.</source>
        <translation>Gerealiseerd van wie de termijn verstreken is, alle cohorten samen. Kleine aantallen zijn verborgen: &quot;&lt;5&quot; onder de vijf, &quot;x&quot; waar een verborgen aantal anders terug te rekenen is; een percentage alleen over tien of meer.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>Er zijn geen besluiten vastgelegd.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Wat ervan terechtkwam</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>Er zijn geen acties afgesproken.</translation>
    </message>
    <message>
        <source>Actions of the previous meeting</source>
        <translation>Acties van het vorige overleg</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>de persoon</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>een partner</translation>
    </message>
    <message>
        <source>a worker</source>
        <translation>een medewerker</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>cohort: year the integration duty started (as CBS counts)</source>
        <translation>cohort: jaar waarin de inburgeringsplicht begon (zoals het CBS telt)</translation>
    </message>
    <message>
        <source>cohort: year of settling (vestiging)</source>
        <translation>cohort: jaar van vestiging</translation>
    </message>
</context>
<context>
    <name>MeetingRows</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>Monitoring meetings</source>
        <translation>Monitoringsoverleggen</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Nieuw overleg</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)...</source>
        <translation>&amp;Verslag (PDF)...</translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation>Overleg &amp;verwijderen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>{n} actions still open</source>
        <translation>{n} acties staan nog open</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Nog geen overleggen.</translation>
    </message>
    <message>
        <source>No meetings yet: start one with New meeting.</source>
        <translation>Nog geen overleggen: begin er een met Nieuw overleg.</translation>
    </message>
    <message>
        <source>Only a coordinator of the municipality records the meeting; you can read it and make its report.</source>
        <translation>Alleen een coördinator van de gemeente legt het overleg vast; u kunt het lezen en er het verslag van maken.</translation>
    </message>
    <message>
        <source>Unsaved changes were kept from before: save them, or close without saving.</source>
        <translation>Niet-opgeslagen wijzigingen van eerder zijn bewaard: sla ze op, of sluit zonder opslaan.</translation>
    </message>
    <message>
        <source>Save the meeting</source>
        <translation>Overleg opslaan</translation>
    </message>
    <message>
        <source>An action&apos;s date is not a date (row {rows}): write it as dd-mm-yyyy.</source>
        <translation>De datum van een actie is geen datum (rij {rows}): schrijf hem als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>The meeting was not saved; check these fields: {fields}. A participant needs a name, an action what is to be done, a selected story the reason it was chosen.</source>
        <translation>Het overleg is niet opgeslagen; kijk deze velden na: {fields}. Een deelnemer heeft een naam nodig, een actie wat er moet gebeuren, een gekozen verhaal de reden waarom.</translation>
    </message>
    <message>
        <source>This could not be done: {reason}</source>
        <translation>Dit kon niet: {reason}</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Overleg verwijderen</translation>
    </message>
    <message>
        <source>Delete this meeting, with its decisions and actions, on every device?</source>
        <translation>Dit overleg, met zijn besluiten en acties, op elk apparaat verwijderen?</translation>
    </message>
    <message>
        <source>Save the meeting&apos;s report</source>
        <translation>Verslag van het overleg opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Verslag opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>MilestonesSection</name>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Bereikt op</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Vaardigheid</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Employer, school, certificate</source>
        <translation>Werkgever, school, certificaat</translation>
    </message>
    <message>
        <source>Language level</source>
        <translation>Taalniveau</translation>
    </message>
    <message>
        <source>No milestones reached yet.</source>
        <translation>Nog geen mijlpalen bereikt.</translation>
    </message>
    <message>
        <source>&amp;New milestone</source>
        <translation>&amp;Nieuwe mijlpaal</translation>
    </message>
    <message>
        <source>What the person reached on the way: the plan&apos;s results for the municipality&apos;s monitor. A language level names the skill and the level.</source>
        <translation>Wat de persoon onderweg heeft bereikt: de resultaten van het plan voor de monitor van de gemeente. Bij een taalniveau noem je de vaardigheid en het niveau.</translation>
    </message>
</context>
<context>
    <name>MoneySection</name>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Beds, a fridge, curtains</source>
        <translation>Bedden, een koelkast, gordijnen</translation>
    </message>
    <message>
        <source>Spending checked</source>
        <translation>Besteding gecontroleerd</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>No tranches of the furnishing loan paid yet.</source>
        <translation>Nog geen tranches van het inrichtingskrediet betaald.</translation>
    </message>
    <message>
        <source>New &amp;tranche</source>
        <translation>Nieuwe &amp;tranche</translation>
    </message>
    <message>
        <source>Furnishing loan (inrichtingskrediet)</source>
        <translation>Inrichtingskrediet</translation>
    </message>
    <message>
        <source>Noticed on</source>
        <translation>Gesignaleerd op</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Who sent it, how much, what was agreed</source>
        <translation>Wie het stuurde, hoeveel, wat er is afgesproken</translation>
    </message>
    <message>
        <source>No signals of debt.</source>
        <translation>Geen schuldsignalen.</translation>
    </message>
    <message>
        <source>New si&amp;gnal</source>
        <translation>Nieuw si&amp;gnaal</translation>
    </message>
    <message>
        <source>A&amp;dd signal</source>
        <translation>Signaal t&amp;oevoegen</translation>
    </message>
    <message>
        <source>Signals of debt</source>
        <translation>Schuldsignalen</translation>
    </message>
    <message>
        <source>Ontzorgen: fixed costs paid from the benefit</source>
        <translation>Ontzorgen: vaste lasten betaald uit de uitkering</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Begin</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Einde</translation>
    </message>
    <message>
        <source>&amp;Fixed costs paid</source>
        <translation>Betaalde vaste &amp;lasten</translation>
    </message>
    <message>
        <source>Budget coach</source>
        <translation>Budgetcoach</translation>
    </message>
    <message>
        <source>A &amp;budget coach helps</source>
        <translation>Een budget&amp;coach helpt</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Va&amp;n</translation>
    </message>
    <message>
        <source>Paid in all: {amount}</source>
        <translation>Totaal betaald: {amount}</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Without an end date, ontzorgen ends {months} months after it starts.</source>
        <translation>Zonder einddatum stopt ontzorgen {months} maanden na het begin.</translation>
    </message>
</context>
<context>
    <name>MonitoringSettingsDialog</name>
    <message>
        <source>Monitoring settings</source>
        <translation>Monitoringinstellingen</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>H1: from koppeling to a house within this many weeks (the letter: 10, the national norm: 14)</source>
        <translation>H1: van koppeling tot woning binnen zoveel weken (de brief: 10, de landelijke norm: 14)</translation>
    </message>
    <message>
        <source>Housing norm (H1)</source>
        <translation>Huisvestingsnorm (H1)</translation>
    </message>
    <message>
        <source>Half year</source>
        <translation>Halfjaar</translation>
    </message>
    <message>
        <source>Written as 2025-H1 (January to June) or 2025-H2</source>
        <translation>Geschreven als 2025-H1 (januari tot en met juni) of 2025-H2</translation>
    </message>
    <message>
        <source>Taakstelling</source>
        <translation>Taakstelling</translation>
    </message>
    <message>
        <source>Add half year</source>
        <translation>Halfjaar toevoegen</translation>
    </message>
    <message>
        <source>Remove half year</source>
        <translation>Halfjaar verwijderen</translation>
    </message>
    <message>
        <source>Taakstelling per half year (H2)</source>
        <translation>Taakstelling per halfjaar (H2)</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <source>Stages of the journey</source>
        <translation>Fasen van de reis</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>The settings could not be read.</source>
        <translation>De instellingen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator can change these settings.</source>
        <translation>Alleen een coördinator of een beheerder kan deze instellingen wijzigen.</translation>
    </message>
    <message>
        <source>Saved. Every device of the municipality receives these settings at its next sync.</source>
        <translation>Opgeslagen. Elk apparaat van de gemeente krijgt deze instellingen bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>The settings could not be saved. Nothing was changed.</source>
        <translation>De instellingen konden niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The housing norm must be a whole number of weeks from {low} to {high}.</source>
        <translation>De huisvestingsnorm moet een heel aantal weken zijn, van {low} tot en met {high}.</translation>
    </message>
    <message>
        <source>&apos;{detail}&apos; is not a half year: write it as 2025-H1 or 2025-H2.</source>
        <translation>&apos;{detail}&apos; is geen halfjaar: schrijf het als 2025-H1 of 2025-H2.</translation>
    </message>
    <message>
        <source>The taakstelling for &apos;{detail}&apos; must be a whole number, 0 or more.</source>
        <translation>De taakstelling voor &apos;{detail}&apos; moet een heel getal zijn, 0 of meer.</translation>
    </message>
    <message>
        <source>The half year &apos;{detail}&apos; is listed twice.</source>
        <translation>Het halfjaar &apos;{detail}&apos; staat er twee keer in.</translation>
    </message>
    <message>
        <source>Every stage needs a name.</source>
        <translation>Elke fase heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A stage is listed twice.</source>
        <translation>Een fase staat er twee keer in.</translation>
    </message>
    <message>
        <source>This setting cannot be kept.</source>
        <translation>Deze instelling kan niet worden bewaard.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nieuwe fase</translation>
    </message>
</context>
<context>
    <name>MonitoringTexts</name>
    <message>
        <source>Full-time, lasting paid work</source>
        <translation>Voltijds, duurzaam betaald werk</translation>
    </message>
    <message>
        <source>Part-time paid work</source>
        <translation>Deeltijds betaald werk</translation>
    </message>
    <message>
        <source>School with student finance (under 27)</source>
        <translation>Studie met studiefinanciering (onder 27)</translation>
    </message>
    <message>
        <source>Free of debt</source>
        <translation>Schuldenvrij</translation>
    </message>
    <message>
        <source>Orientation starts in the AZC</source>
        <translation>Oriëntatie begint in het azc</translation>
    </message>
    <message>
        <source>Socially active</source>
        <translation>Maatschappelijk actief</translation>
    </message>
    <message>
        <source>Integration duty met</source>
        <translation>Inburgeringsplicht voldaan</translation>
    </message>
    <message>
        <source>Integration exam passed</source>
        <translation>Inburgeringsexamen gehaald</translation>
    </message>
    <message>
        <source>Illiterate: A2 speaking and listening</source>
        <translation>Analfabeten: A2 spreken en luisteren</translation>
    </message>
    <message>
        <source>Knows the sociale kaart</source>
        <translation>Kent de sociale kaart</translation>
    </message>
    <message>
        <source>Own network</source>
        <translation>Eigen netwerk</translation>
    </message>
    <message>
        <source>Housed within the norm</source>
        <translation>Gehuisvest binnen de norm</translation>
    </message>
    <message>
        <source>Taakstelling per half year</source>
        <translation>Taakstelling per halfjaar</translation>
    </message>
    <message>
        <source>Adults of working age in full-time, lasting paid work within 3 years of settling.</source>
        <translation>Volwassenen in de werkende leeftijd met voltijds, duurzaam betaald werk binnen 3 jaar na vestiging.</translation>
    </message>
    <message>
        <source>Adults of working age in part-time (or full-time) paid work within 3 years of settling.</source>
        <translation>Volwassenen in de werkende leeftijd met deeltijds (of voltijds) betaald werk binnen 3 jaar na vestiging.</translation>
    </message>
    <message>
        <source>Young adults (18 to 26) at school with student finance within 3 years of settling.</source>
        <translation>Jongvolwassenen (18 tot en met 26) die binnen 3 jaar na vestiging studeren met studiefinanciering.</translation>
    </message>
    <message>
        <source>Adults without a debt signal in the first 2 years after settling.</source>
        <translation>Volwassenen zonder schuldsignaal in de eerste 2 jaar na vestiging.</translation>
    </message>
    <message>
        <source>Classes, KNM or the joint intake started before the move from the AZC.</source>
        <translation>Lessen, KNM of de gezamenlijke intake begonnen vóór de verhuizing uit het azc.</translation>
    </message>
    <message>
        <source>Adults socially active (volunteering, a club) within 6 months of settling.</source>
        <translation>Volwassenen die binnen 6 maanden na vestiging maatschappelijk actief zijn (vrijwilligerswerk, een club).</translation>
    </message>
    <message>
        <source>People with the integration duty who meet it within 5 years. Exemption and release are left out.</source>
        <translation>Inburgeringsplichtigen die binnen 5 jaar aan de plicht voldoen. Vrijstelling en ontheffing tellen niet mee.</translation>
    </message>
    <message>
        <source>People with the integration duty who pass the exam within 3 years. Illiterate people and the Z-route are left out.</source>
        <translation>Inburgeringsplichtigen die binnen 3 jaar het examen halen. Analfabeten en de Z-route tellen niet mee.</translation>
    </message>
    <message>
        <source>Illiterate people with the duty who reach A2 in speaking and listening within 4 years. The goal is 50 to 80%.</source>
        <translation>Analfabete inburgeringsplichtigen die binnen 4 jaar A2 halen bij spreken en luisteren. Het doel is 50 tot 80%.</translation>
    </message>
    <message>
        <source>Adults who know the sociale kaart within 2 years of settling.</source>
        <translation>Volwassenen die binnen 2 jaar na vestiging de sociale kaart kennen.</translation>
    </message>
    <message>
        <source>Adults with enough own network to stay independent within 2 years.</source>
        <translation>Volwassenen met binnen 2 jaar genoeg eigen netwerk om zelfstandig te blijven.</translation>
    </message>
    <message>
        <source>From koppeling to a house within the municipality&apos;s norm in weeks.</source>
        <translation>Van koppeling tot woning binnen de norm van de gemeente in weken.</translation>
    </message>
    <message>
        <source>Persons housed in each half year against the taakstelling the coordinator entered.</source>
        <translation>Gehuisveste personen per halfjaar tegenover de taakstelling die de coördinator invoerde.</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Gehaald</translation>
    </message>
    <message>
        <source>Not realised</source>
        <translation>Niet gehaald</translation>
    </message>
    <message>
        <source>Realised early</source>
        <translation>Al gehaald</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Op koers</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Achter</translation>
    </message>
    <message>
        <source>Not yet started</source>
        <translation>Nog niet gestart</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>verhuisd</translation>
    </message>
    <message>
        <source>exemption (vrijstelling)</source>
        <translation>vrijstelling</translation>
    </message>
    <message>
        <source>release (ontheffing)</source>
        <translation>ontheffing</translation>
    </message>
    <message>
        <source>illiterate</source>
        <translation>analfabeet</translation>
    </message>
    <message>
        <source>Z-route: no exam</source>
        <translation>Z-route: geen examen</translation>
    </message>
    <message>
        <source>debt signal</source>
        <translation>schuldsignaal</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>geen plan</translation>
    </message>
    <message>
        <source>start of the duty</source>
        <translation>start van de plicht</translation>
    </message>
    <message>
        <source>literacy</source>
        <translation>geletterdheid</translation>
    </message>
    <message>
        <source>no handover</source>
        <translation>geen warme overdracht</translation>
    </message>
    <message>
        <source>date of settling</source>
        <translation>vestigingsdatum</translation>
    </message>
    <message>
        <source>date of koppeling</source>
        <translation>koppelingsdatum</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partnerorganisatie</translation>
    </message>
    <message>
        <source>Learning route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Land van herkomst</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Household type</source>
        <translation>Type huishouden</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>{route}-route</source>
        <translation>{route}-route</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Alleenstaand</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Stel</translation>
    </message>
    <message>
        <source>Family with children</source>
        <translation>Gezin met kinderen</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>Eenoudergezin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>unknown year</source>
        <translation>jaar onbekend</translation>
    </message>
    <message>
        <source>no goal set</source>
        <translation>geen streefwaarde</translation>
    </message>
    <message>
        <source>goal {low}-{high}%</source>
        <translation>doel {low}-{high}%</translation>
    </message>
    <message>
        <source>goal {goal}%</source>
        <translation>doel {goal}%</translation>
    </message>
</context>
<context>
    <name>MyActionsView</name>
    <message>
        <source>My actions</source>
        <translation>Mijn acties</translation>
    </message>
    <message>
        <source>&amp;Whose</source>
        <translation>&amp;Van wie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open actions, by due date</source>
        <translation>Openstaande acties, op uiterste datum</translation>
    </message>
    <message>
        <source>Enter opens the client</source>
        <translation>Enter opent de klant</translation>
    </message>
    <message>
        <source>The actions could not be read.</source>
        <translation>De acties konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>{count} open</source>
        <translation>{count} open</translation>
    </message>
    <message>
        <source>The first {count} open</source>
        <translation>De eerste {count} open</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} verlopen</translation>
    </message>
    <message>
        <source>Nothing open for you. Actions given to you in a plan show here.</source>
        <translation>Niets open voor jou. Acties die in een plan aan jou zijn gegeven, staan hier.</translation>
    </message>
    <message>
        <source>Choose who works on this device in Settings to see your actions, or choose an organisation above.</source>
        <translation>Kies bij Instellingen wie op dit apparaat werkt om je eigen acties te zien, of kies hierboven een organisatie.</translation>
    </message>
    <message>
        <source>This organisation has no open actions.</source>
        <translation>Deze organisatie heeft geen openstaande acties.</translation>
    </message>
    <message>
        <source>Me ({name})</source>
        <translation>Ik ({name})</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed</source>
        <translation>Verlopen: de uiterste datum is voorbij</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Wachtwoordzin tonen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>zeer zwak</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <source>reasonable</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>zeer sterk</translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters.</source>
        <translation>Te kort: gebruik minstens {n} tekens.</translation>
    </message>
    <message>
        <source>Too easy to guess: add another word or two that do not belong together.</source>
        <translation>Te makkelijk te raden: voeg nog een of twee woorden toe die niet bij elkaar horen.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>PassphraseSetupPage</name>
    <message>
        <source>The client files on this laptop are stored encrypted, so a lost laptop exposes nothing. Choose a passphrase to protect them: it cannot be recovered, so if you forget it, the data on this laptop cannot be opened again.</source>
        <translation>De klantdossiers op deze laptop worden versleuteld opgeslagen, zodat een verloren laptop niets prijsgeeft. Kies een wachtwoordzin om ze te beveiligen. Die kan niet worden hersteld: als je hem vergeet, zijn de gegevens op deze laptop niet meer te openen.</translation>
    </message>
    <message>
        <source>Tip: a sentence of four or five ordinary words is easier to remember and harder to guess than a short password full of symbols.</source>
        <translation>Tip: een zin van vier of vijf gewone woorden is makkelijker te onthouden en moeilijker te raden dan een kort wachtwoord vol vreemde tekens.</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>Versleutelde opslag wordt aangemaakt…</translation>
    </message>
    <message>
        <source>Create encrypted store</source>
        <translation>Versleutelde opslag aanmaken</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <source>The rules: at least {n} characters, and not easy to guess; the strength shows as you type. You type it every time Ketenplan starts and after it locks itself when not used for a while. Nobody can reset it, not the municipality and not a helpdesk.</source>
        <translation>De regels: minstens {n} tekens, en niet makkelijk te raden; de sterkte zie je terwijl je typt. Je typt hem elke keer dat Ketenplan start en nadat het zich vergrendelt als je het een tijdje niet gebruikt. Niemand kan hem opnieuw instellen, de gemeente niet en een helpdesk ook niet.</translation>
    </message>
    <message>
        <source>Stored in: {folder}</source>
        <translation>Opgeslagen in: {folder}</translation>
    </message>
    <message>
        <source>There is already an encrypted store in this folder. Restart Ketenplan to unlock it.</source>
        <translation>Er staat al een versleutelde opslag in deze map. Start Ketenplan opnieuw om die te ontgrendelen.</translation>
    </message>
    <message>
        <source>The encrypted store could not be created: {error}</source>
        <translation>De versleutelde opslag kon niet worden aangemaakt: {error}</translation>
    </message>
</context>
<context>
    <name>PersonDataExport</name>
    <message>
        <source>Export personal data (GDPR)</source>
        <translation>Gegevens exporteren (AVG)</translation>
    </message>
    <message>
        <source>PDF and JSON (*.pdf *.json)</source>
        <translation>PDF en JSON (*.pdf *.json)</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Gegevens geëxporteerd</translation>
    </message>
    <message>
        <source>Everything held about {name} is saved as:
{pdf}
{json}</source>
        <translation>Alles wat over {name} is vastgelegd, is opgeslagen als:
{pdf}
{json}</translation>
    </message>
    <message>
        <source>These files are not encrypted. Hand them over safely and delete them afterwards.</source>
        <translation>Deze bestanden zijn niet versleuteld. Geef ze veilig af en verwijder ze daarna.</translation>
    </message>
    <message>
        <source>The export was stopped because the app was locked. Nothing was saved.</source>
        <translation>Het exporteren is gestopt omdat de app werd vergrendeld. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The personal data could not be exported. Nothing was saved.</source>
        <translation>De gegevens konden niet worden geëxporteerd. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
</context>
<context>
    <name>PersonDrill</name>
    <message>
        <source>Open client file</source>
        <translation>Cliëntdossier openen</translation>
    </message>
    <message>
        <source>Open the chosen person&apos;s client file (double-click works too)</source>
        <translation>Het dossier van de gekozen persoon openen (dubbelklikken kan ook)</translation>
    </message>
    <message>
        <source>Choose a figure to see the persons behind it.</source>
        <translation>Kies een cijfer om de personen erachter te zien.</translation>
    </message>
    <message>
        <source>Nobody is counted here.</source>
        <translation>Hier telt niemand mee.</translation>
    </message>
    <message>
        <source>Reading names...</source>
        <translation>Namen worden gelezen...</translation>
    </message>
    <message>
        <source>The names could not be read.</source>
        <translation>De namen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Persons: {n}</source>
        <translation>Personen: {n}</translation>
    </message>
    <message>
        <source>(not on this device: {n})</source>
        <translation>(niet op dit apparaat: {n})</translation>
    </message>
    <message>
        <source>Counted by: {targets}</source>
        <translation>Telt mee bij: {targets}</translation>
    </message>
    <message>
        <source>No target counts this person yet.</source>
        <translation>Deze persoon telt nog bij geen enkel doel mee.</translation>
    </message>
</context>
<context>
    <name>PersonExportPdf</name>
    <message>
        <source>Personal data in Ketenplan</source>
        <translation>Persoonsgegevens in Ketenplan</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Client file</source>
        <translation>Klantdossier</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Overdrachten</translation>
    </message>
    <message>
        <source>Broad intakes</source>
        <translation>Brede intakes</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <source>Integration and participation plan</source>
        <translation>Plan Inburgering en Participatie</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>Overige antwoorden</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Overige gegevens</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Niet dezelfde persoon</translation>
    </message>
    <message>
        <source>Conflicts in syncing</source>
        <translation>Conflicten bij het synchroniseren</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Wijzigingen die de server weigerde</translation>
    </message>
    <message>
        <source>Not yet sent to the server</source>
        <translation>Nog niet naar de server gestuurd</translation>
    </message>
    <message>
        <source>Kind of handover</source>
        <translation>Soort overdracht</translation>
    </message>
    <message>
        <source>COA contact</source>
        <translation>Contactpersoon COA</translation>
    </message>
    <message>
        <source>COA location</source>
        <translation>COA-locatie</translation>
    </message>
    <message>
        <source>COA phone</source>
        <translation>Telefoon COA</translation>
    </message>
    <message>
        <source>Language of the conversation</source>
        <translation>Taal van het gesprek</translation>
    </message>
    <message>
        <source>Interpreter present</source>
        <translation>Tolk aanwezig</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Verslag gemaakt op</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Verslag door</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Vastgelegd op</translation>
    </message>
    <message>
        <source>Last changed at</source>
        <translation>Laatst gewijzigd op</translation>
    </message>
    <message>
        <source>Broad intake</source>
        <translation>Brede intake</translation>
    </message>
    <message>
        <source>Parts of the file</source>
        <translation>Onderdelen van het dossier</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Hoe gegeven</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>special category (health)</source>
        <translation>bijzonder persoonsgegeven (gezondheid)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>(unknown worker)</source>
        <translation>(onbekende medewerker)</translation>
    </message>
    <message>
        <source>{name}, {organisation}</source>
        <translation>{name}, {organisation}</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>V-nummer</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Geëxporteerd op</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Geëxporteerd door</translation>
    </message>
    <message>
        <source>This overview holds everything Ketenplan on this device stores about {name}: the client file, the conversations, the home visits, the plan, and what has not been sent to the server yet. The JSON file beside it holds the same data, in a form other software can read.</source>
        <translation>Dit overzicht bevat alles wat Ketenplan op dit apparaat over {name} bewaart: het klantdossier, de gesprekken, de huisbezoeken, het plan en wat nog niet naar de server is gestuurd. Het JSON-bestand ernaast bevat dezelfde gegevens, in een vorm die andere software kan lezen.</translation>
    </message>
    <message>
        <source>Parts marked {badge} hold a special category of personal data (AVG article 9): share them only with those who may see them.</source>
        <translation>Onderdelen gemarkeerd met {badge} bevatten bijzondere persoonsgegevens (AVG artikel 9): deel ze alleen met wie ze mag zien.</translation>
    </message>
    <message>
        <source>Not part of a household in this file.</source>
        <translation>Hoort in dit dossier niet bij een huishouden.</translation>
    </message>
    <message>
        <source>Lives with</source>
        <translation>Woont samen met</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>No other members.</source>
        <translation>Geen andere leden.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Nothing filled in.</source>
        <translation>Niets ingevuld.</translation>
    </message>
    <message>
        <source>Handover of {date}</source>
        <translation>Overdracht van {date}</translation>
    </message>
    <message>
        <source>Broad intake of {date}</source>
        <translation>Brede intake van {date}</translation>
    </message>
    <message>
        <source>Home visit on {date}</source>
        <translation>Huisbezoek op {date}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>No plan.</source>
        <translation>Geen plan.</translation>
    </message>
    <message>
        <source>Route and dates</source>
        <translation>Route en datums</translation>
    </message>
    <message>
        <source>No route chosen yet.</source>
        <translation>Nog geen route gekozen.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Furnishing loan</source>
        <translation>Inrichtingskrediet</translation>
    </message>
    <message>
        <source>Debt signals</source>
        <translation>Schuldsignalen</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>Agreed versions</source>
        <translation>Vastgestelde versies</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Geschiedenis van wijzigingen</translation>
    </message>
    <message>
        <source>The plan has not been agreed yet.</source>
        <translation>Het plan is nog niet vastgesteld.</translation>
    </message>
    <message>
        <source>Yes ({how})</source>
        <translation>Ja ({how})</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Vastgesteld op</translation>
    </message>
    <message>
        <source>The person agrees</source>
        <translation>Akkoord van de persoon</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Agreed version</source>
        <translation>Vastgestelde versie</translation>
    </message>
    <message>
        <source>Line of the plan&apos;s history</source>
        <translation>Regel uit de plangeschiedenis</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Marked as not the same person as another client, on {date}.</source>
        <translation>Op {date} aangemerkt als niet dezelfde persoon als een andere klant.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Bewaarde waarde</translation>
    </message>
    <message>
        <source>Value set aside</source>
        <translation>Apart gezette waarde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Everything has reached the server.</source>
        <translation>Alles is bij de server aangekomen.</translation>
    </message>
    <message>
        <source>Lines of the plan&apos;s history waiting as well: {count}.</source>
        <translation>Regels uit de plangeschiedenis die ook nog wachten: {count}.</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Gewijzigde velden</translation>
    </message>
    <message>
        <source>Personal data: {name}</source>
        <translation>Persoonsgegevens: {name}</translation>
    </message>
    <message>
        <source>{name} · personal data · page {page} of {pages}</source>
        <translation>{name} · persoonsgegevens · pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}.</source>
        <translation>De PDF kon niet worden geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Personal data {name}</source>
        <translation>Persoonsgegevens {name}</translation>
    </message>
</context>
<context>
    <name>PlanCompare</name>
    <message>
        <source>due {date}</source>
        <translation>uiterlijk {date}</translation>
    </message>
    <message>
        <source>target {date}</source>
        <translation>streefdatum {date}</translation>
    </message>
    <message>
        <source>Route, dates and money</source>
        <translation>Route, datums en geld</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>No differences: both say the same.</source>
        <translation>Geen verschillen: beide zeggen hetzelfde.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>whole exemption</source>
        <translation>gehele vrijstelling</translation>
    </message>
    <message>
        <source>whole release</source>
        <translation>gehele ontheffing</translation>
    </message>
    <message>
        <source>temporary exemption</source>
        <translation>tijdelijke vrijstelling</translation>
    </message>
    <message>
        <source>DUO: integration term starts</source>
        <translation>DUO: inburgeringstermijn begint</translation>
    </message>
    <message>
        <source>DUO: integration term ends (exclusive)</source>
        <translation>DUO: einddatum inburgeringstermijn (exclusief)</translation>
    </message>
    <message>
        <source>DUO: term extensions</source>
        <translation>DUO: verlengingen van de termijn</translation>
    </message>
    <message>
        <source>DUO: term carried over from a previous municipality</source>
        <translation>DUO: termijn overgenomen van een vorige gemeente</translation>
    </message>
    <message>
        <source>DUO: exemption or release</source>
        <translation>DUO: vrijstelling of ontheffing</translation>
    </message>
    <message>
        <source>DUO: exemption or release from</source>
        <translation>DUO: vrijstelling of ontheffing vanaf</translation>
    </message>
    <message>
        <source>DUO: temporary exemption until</source>
        <translation>DUO: tijdelijke vrijstelling tot en met</translation>
    </message>
    <message>
        <source>B1 route</source>
        <translation>B1-route</translation>
    </message>
    <message>
        <source>Education route (onderwijsroute)</source>
        <translation>Onderwijsroute</translation>
    </message>
    <message>
        <source>Self-reliance route (Z-route)</source>
        <translation>Zelfredzaamheidsroute (Z-route)</translation>
    </message>
    <message>
        <source>Literacy classes: learns to read and write</source>
        <translation>Alfabetisering: leert lezen en schrijven</translation>
    </message>
    <message>
        <source>Literacy classes: learns the Latin script</source>
        <translation>Alfabetisering: leert het Latijnse schrift</translation>
    </message>
    <message>
        <source>No literacy classes needed</source>
        <translation>Geen alfabetisering nodig</translation>
    </message>
    <message>
        <source>Taken by the hand</source>
        <translation>Aan de hand meegenomen</translation>
    </message>
    <message>
        <source>Coached</source>
        <translation>Begeleid</translation>
    </message>
    <message>
        <source>Information, then on their own</source>
        <translation>Informatie, dan zelfstandig</translation>
    </message>
    <message>
        <source>Language only</source>
        <translation>Alleen taal</translation>
    </message>
    <message>
        <source>Language next to paid work</source>
        <translation>Taal naast betaald werk</translation>
    </message>
    <message>
        <source>Language next to unpaid work</source>
        <translation>Taal naast onbetaald werk</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Niet aangegeven</translation>
    </message>
    <message>
        <source>Culpable</source>
        <translation>Verwijtbaar</translation>
    </message>
    <message>
        <source>Not culpable</source>
        <translation>Niet verwijtbaar</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Huur</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>Zorgverzekering</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Rent arrears</source>
        <translation>Huurachterstand</translation>
    </message>
    <message>
        <source>Energy arrears</source>
        <translation>Achterstand energie</translation>
    </message>
    <message>
        <source>Health insurance arrears</source>
        <translation>Achterstand zorgverzekering</translation>
    </message>
    <message>
        <source>Debt collector&apos;s letter</source>
        <translation>Brief van incassobureau</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Boete</translation>
    </message>
    <message>
        <source>Other signal</source>
        <translation>Ander signaal</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Verbally</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <source>Digitally</source>
        <translation>Digitaal</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Luisteren</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Spreken</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>Paid work, full-time</source>
        <translation>Betaald werk, voltijd</translation>
    </message>
    <message>
        <source>Paid work, part-time</source>
        <translation>Betaald werk, deeltijd</translation>
    </message>
    <message>
        <source>At school with study finance</source>
        <translation>Op school met studiefinanciering</translation>
    </message>
    <message>
        <source>Socially active</source>
        <translation>Maatschappelijk actief</translation>
    </message>
    <message>
        <source>Integration exam passed</source>
        <translation>Inburgeringsexamen gehaald</translation>
    </message>
    <message>
        <source>Integration duty met</source>
        <translation>Inburgeringsplicht voldaan</translation>
    </message>
    <message>
        <source>Language level reached</source>
        <translation>Taalniveau bereikt</translation>
    </message>
    <message>
        <source>Finds their way in local services</source>
        <translation>Kent de sociale kaart</translation>
    </message>
    <message>
        <source>Has a network of their own</source>
        <translation>Heeft een eigen netwerk</translation>
    </message>
    <message>
        <source>PIP due</source>
        <translation>Uiterste datum PIP</translation>
    </message>
    <message>
        <source>Integration term ends</source>
        <translation>Einde inburgeringstermijn</translation>
    </message>
    <message>
        <source>Ontzorgen ends</source>
        <translation>Einde ontzorgen</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>op tijd</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>binnenkort</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Furnishing loan</source>
        <translation>Inrichtingskrediet</translation>
    </message>
    <message>
        <source>Debt signal</source>
        <translation>Schuldsignaal</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Agreed plan version</source>
        <translation>Afgesproken planversie</translation>
    </message>
    <message>
        <source>Change to the plan</source>
        <translation>Wijziging in het plan</translation>
    </message>
    <message>
        <source>Learning route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Reason for the route</source>
        <translation>Reden voor de route</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Estimated hours (B1 route)</source>
        <translation>Geschatte uren (B1-route)</translation>
    </message>
    <message>
        <source>May finish current education</source>
        <translation>Mag huidige opleiding afmaken</translation>
    </message>
    <message>
        <source>Literacy classes</source>
        <translation>Alfabetisering</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>Dual track</source>
        <translation>Duaal traject</translation>
    </message>
    <message>
        <source>Dual track: what</source>
        <translation>Duaal traject: wat</translation>
    </message>
    <message>
        <source>KNM planned</source>
        <translation>KNM gepland</translation>
    </message>
    <message>
        <source>KNM done</source>
        <translation>KNM afgerond</translation>
    </message>
    <message>
        <source>MAP planned</source>
        <translation>MAP gepland</translation>
    </message>
    <message>
        <source>MAP closing interview</source>
        <translation>MAP-eindgesprek</translation>
    </message>
    <message>
        <source>MAP: shortfall culpable</source>
        <translation>MAP: verwijtbaar niet voldaan</translation>
    </message>
    <message>
        <source>PVT planned</source>
        <translation>PVT gepland</translation>
    </message>
    <message>
        <source>PVT signed</source>
        <translation>PVT ondertekend</translation>
    </message>
    <message>
        <source>PVT: shortfall culpable</source>
        <translation>PVT: verwijtbaar niet voldaan</translation>
    </message>
    <message>
        <source>Z-route completed</source>
        <translation>Z-route afgerond</translation>
    </message>
    <message>
        <source>Integration duty starts</source>
        <translation>Start inburgeringsplicht</translation>
    </message>
    <message>
        <source>DUO notice received</source>
        <translation>Melding DUO ontvangen</translation>
    </message>
    <message>
        <source>PIP date</source>
        <translation>Dagtekening PIP</translation>
    </message>
    <message>
        <source>Ontzorgen starts</source>
        <translation>Start ontzorgen</translation>
    </message>
    <message>
        <source>Fixed costs paid</source>
        <translation>Betaalde vaste lasten</translation>
    </message>
    <message>
        <source>Budget coach</source>
        <translation>Budgetcoach</translation>
    </message>
    <message>
        <source>Budget coach from</source>
        <translation>Budgetcoach van</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Desired result</source>
        <translation>Gewenst resultaat</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partnerorganisatie</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Spending checked</source>
        <translation>Besteding gecontroleerd</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Gecontroleerd op</translation>
    </message>
    <message>
        <source>Noticed on</source>
        <translation>Gesignaleerd op</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Bereikt op</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Vaardigheid</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Plan of action (PIP)</source>
        <translation>Plan van aanpak (PIP)</translation>
    </message>
    <message>
        <source>The plan holds the learning route, the goals per life domain, the actions of every partner, money matters and milestones. Once agreed with the person it is frozen as a numbered version, which DUO receives.</source>
        <translation>Het plan bevat de leerroute, de doelen per leefgebied, de acties van elke partner, geldzaken en mijlpalen. Zodra het samen met de persoon is vastgesteld, wordt het vastgelegd als genummerde versie, die DUO ontvangt.</translation>
    </message>
    <message>
        <source>Plan of action</source>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Ctrl+PgDown: next section, Ctrl+PgUp: previous</source>
        <translation>Ctrl+PgDown: volgend onderdeel, Ctrl+PgUp: vorig</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>No client open.</source>
        <translation>Geen klant geopend.</translation>
    </message>
    <message>
        <source>The plan could not be started.</source>
        <translation>Het plan kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The plan could not be loaded.</source>
        <translation>Het plan kon niet worden geladen.</translation>
    </message>
    <message>
        <source>{name} has no plan yet. Start it from the broad intake: its support level becomes the guidance, and each domain it named becomes a goal.</source>
        <translation>{name} heeft nog geen plan. Start het vanuit de brede intake: het ondersteuningsniveau daaruit wordt de begeleiding, en elk leefgebied dat de intake noemt wordt een doel.</translation>
    </message>
    <message>
        <source>&amp;Start plan from the intake</source>
        <translation>Plan &amp;starten vanuit de intake</translation>
    </message>
    <message>
        <source>{name} has no plan yet, and no completed broad intake to start it from. You can start an empty plan and add the goals by hand.</source>
        <translation>{name} heeft nog geen plan en ook geen afgeronde brede intake om het vanuit te starten. Je kunt een leeg plan starten en de doelen zelf toevoegen.</translation>
    </message>
    <message>
        <source>&amp;Start an empty plan</source>
        <translation>Een leeg plan &amp;starten</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Nog niet vastgesteld</translation>
    </message>
    <message>
        <source>Version {number} · changed since</source>
        <translation>Versie {number} · sindsdien gewijzigd</translation>
    </message>
    <message>
        <source>Version {number} · agreed {date}</source>
        <translation>Versie {number} · vastgesteld {date}</translation>
    </message>
    <message>
        <source>Not agreed. In the route: {problems}</source>
        <translation>Niet vastgesteld. In de route: {problems}</translation>
    </message>
    <message>
        <source>Plan {name}.pdf</source>
        <translation>Plan {name}.pdf</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Het plan opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>De pdf kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Saved as {path}. This file is not encrypted.</source>
        <translation>Opgeslagen als {path}. Dit bestand is niet versleuteld.</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Integration and participation plan</source>
        <translation>Plan Inburgering en Participatie</translation>
    </message>
    <message>
        <source>Learning route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Actions by partner</source>
        <translation>Acties per partner</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>Draft: not agreed yet.</source>
        <translation>Concept: nog niet vastgesteld.</translation>
    </message>
    <message>
        <source>Version {number}, agreed on {date}.</source>
        <translation>Versie {number}, vastgesteld op {date}.</translation>
    </message>
    <message>
        <source>Changed since; the changes are not agreed yet.</source>
        <translation>Sindsdien gewijzigd; de wijzigingen zijn nog niet vastgesteld.</translation>
    </message>
    <message>
        <source>Printed on {date}.</source>
        <translation>Afgedrukt op {date}.</translation>
    </message>
    <message>
        <source>No route chosen yet.</source>
        <translation>Nog geen leerroute gekozen.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Nog geen doelen.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>For the municipality</source>
        <translation>Namens de gemeente</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Nog geen acties.</translation>
    </message>
    <message>
        <source>Without a partner organisation</source>
        <translation>Zonder partnerorganisatie</translation>
    </message>
    <message>
        <source>The plan has not been agreed yet.</source>
        <translation>Het plan is nog niet vastgesteld.</translation>
    </message>
    <message>
        <source>Yes ({how})</source>
        <translation>Ja ({how})</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Vastgesteld op</translation>
    </message>
    <message>
        <source>PIP date</source>
        <translation>Dagtekening PIP</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>The person agrees</source>
        <translation>De persoon stemt in</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Plan: {name}</source>
        <translation>Plan: {name}</translation>
    </message>
    <message>
        <source>{name} · page {page} of {pages}</source>
        <translation>{name} · pagina {page} van {pages}</translation>
    </message>
</context>
<context>
    <name>PlanRecords</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove this from the plan?

{what}</source>
        <translation>Dit uit het plan verwijderen?

{what}</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>Empty the editor to add another (Ctrl+Shift+N)</source>
        <translation>Maak de velden leeg om er nog een toe te voegen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Remove the chosen one (Del in the list)</source>
        <translation>De gekozen regel verwijderen (Del in de lijst)</translation>
    </message>
    <message>
        <source>Not added: please correct the marked fields.</source>
        <translation>Niet toegevoegd: verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Verwijderd.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Toegevoegd.</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Niet opgeslagen: verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>This could not be saved.</source>
        <translation>Dit kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Wijzigingen worden opgeslagen terwijl je typt.</translation>
    </message>
    <message>
        <source>New: fill in and press Add (Enter).</source>
        <translation>Nieuw: vul in en kies Toevoegen (Enter).</translation>
    </message>
</context>
<context>
    <name>PlanWidgets</name>
    <message>
        <source>extended to {date}, ground: {ground}</source>
        <translation>verlengd tot en met {date}, grond: {ground}</translation>
    </message>
    <message>
        <source>extended to {date}, ground {code}</source>
        <translation>verlengd tot en met {date}, grond {code}</translation>
    </message>
    <message>
        <source>Integration term computed: three years from the day after the first agreed PIP; DUO&apos;s own term is not known yet.</source>
        <translation>Inburgeringstermijn berekend: drie jaar vanaf de dag na het eerste vastgestelde PIP; de termijn van DUO zelf is nog niet bekend.</translation>
    </message>
    <message>
        <source>Integration term as DUO set it, from {date}.</source>
        <translation>Inburgeringstermijn zoals DUO die heeft vastgesteld, vanaf {date}.</translation>
    </message>
    <message>
        <source>Carried over from a previous municipality: the term runs on from there.</source>
        <translation>Overgenomen van een vorige gemeente: de termijn loopt door vanaf daar.</translation>
    </message>
    <message>
        <source>Duty met by a {kind} from DUO on {date}: the term no longer runs.</source>
        <translation>Plicht voldaan door een {kind} van DUO op {date}: de termijn loopt niet meer.</translation>
    </message>
    <message>
        <source>Paused by a temporary exemption from {start} to {end}: DUO sets the term again when it ends.</source>
        <translation>Gepauzeerd door een tijdelijke vrijstelling van {start} tot en met {end}: DUO stelt de termijn opnieuw vast als die afloopt.</translation>
    </message>
    <message>
        <source>{what}: {date} ({state})</source>
        <translation>{what}: {date} ({state})</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
</context>
<context>
    <name>RatingGrid</name>
    <message>
        <source>Ratings per stage</source>
        <translation>Waarderingen per fase</translation>
    </message>
    <message>
        <source>Why: what helped, or where it hurts</source>
        <translation>Waarom: wat hielp, of waar het knelt</translation>
    </message>
    <message>
        <source>Save &amp;rating</source>
        <translation>&amp;Waardering opslaan</translation>
    </message>
    <message>
        <source>Remove newest</source>
        <translation>Nieuwste verwijderen</translation>
    </message>
    <message>
        <source>Remove the newest rating of this stage and voice, when it was a mistake</source>
        <translation>Verwijder de nieuwste waardering van deze fase en stem, als die een vergissing was</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Rated &amp;on</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Choose a stage and who rates it in the grid.</source>
        <translation>Kies in het rooster een fase en wie haar waardeert.</translation>
    </message>
    <message>
        <source>{stage}, rated by: {kind}</source>
        <translation>{stage}, gewaardeerd door: {kind}</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Nog niet gewaardeerd.</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer to a service</source>
        <translation>Verwijzen naar een dienst</translation>
    </message>
    <message>
        <source>Choose a service of the sociale kaart. The person gets its address; parts of their file go along only where they consented to share them with that organisation. Health data never goes along.</source>
        <translation>Kies een dienst van de sociale kaart. De persoon krijgt het adres; delen van het dossier gaan alleen mee als de persoon toestemming gaf om ze met die organisatie te delen. Gezondheidsgegevens gaan nooit mee.</translation>
    </message>
    <message>
        <source>Search a service or organisation</source>
        <translation>Zoek een dienst of organisatie</translation>
    </message>
    <message>
        <source>What the person is referred for, what was agreed</source>
        <translation>Waarvoor de persoon verwezen wordt, wat is afgesproken</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Verwijzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Referred &amp;on</source>
        <translation>Verwezen &amp;op</translation>
    </message>
    <message>
        <source>Share with the organisation:</source>
        <translation>Delen met de organisatie:</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Name and contact details</source>
        <translation>Naam en contactgegevens</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Handover and intake</source>
        <translation>Warme overdracht en intake</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <source>The sociale kaart on this device is empty: a coordinator imports it, then it arrives with the next sync.</source>
        <translation>De sociale kaart op dit apparaat is leeg: een coördinator importeert hem, daarna komt hij mee met de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>(not active)</source>
        <translation>(niet actief)</translation>
    </message>
    <message>
        <source>No service chosen.</source>
        <translation>Geen dienst gekozen.</translation>
    </message>
    <message>
        <source>{org} is not a partner of the chain: the person gets the address, nothing of the file is shared.</source>
        <translation>{org} is geen partner in de keten: de persoon krijgt het adres, er wordt niets uit het dossier gedeeld.</translation>
    </message>
    <message>
        <source>The person has not consented to share anything with {org}: record their consent in the client file first to share parts of the file.</source>
        <translation>De persoon gaf geen toestemming om iets met {org} te delen: leg eerst de toestemming vast in het klantdossier om delen van het dossier te delen.</translation>
    </message>
    <message>
        <source>Shared parts go to {org}, as the person consented.</source>
        <translation>Gedeelde onderdelen gaan naar {org}, zoals de persoon toestemde.</translation>
    </message>
    <message>
        <source>The referral could not be saved. Try again.</source>
        <translation>De verwijzing kon niet worden opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The person&apos;s consent in force does not cover what you chose to share with this organisation.</source>
        <translation>De geldende toestemming van de persoon dekt niet wat je met deze organisatie wilt delen.</translation>
    </message>
    <message>
        <source>The consent was given after the referral date.</source>
        <translation>De toestemming is gegeven na de datum van de verwijzing.</translation>
    </message>
    <message>
        <source>This service is no longer on the sociale kaart.</source>
        <translation>Deze dienst staat niet meer op de sociale kaart.</translation>
    </message>
    <message>
        <source>The referral date cannot lie in the future.</source>
        <translation>De datum van de verwijzing kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>De notitie is te lang.</translation>
    </message>
    <message>
        <source>The referral could not be saved: check the fields.</source>
        <translation>De verwijzing kon niet worden opgeslagen: controleer de velden.</translation>
    </message>
</context>
<context>
    <name>ReferralList</name>
    <message>
        <source>Referred on</source>
        <translation>Verwezen op</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>only the address</source>
        <translation>alleen het adres</translation>
    </message>
    <message>
        <source>(no longer on the kaart)</source>
        <translation>(niet meer op de kaart)</translation>
    </message>
</context>
<context>
    <name>RefusalTexts</name>
    <message>
        <source>Not in your caseload</source>
        <translation>Niet in je caseload</translation>
    </message>
    <message>
        <source>The client is not (or no longer) in your organisation&apos;s caseload, so the server did not take your change. Your colleagues do not see it.</source>
        <translation>De klant staat niet (meer) in de caseload van jouw organisatie, dus de server heeft je wijziging niet overgenomen. Je collega&apos;s zien hem niet.</translation>
    </message>
    <message>
        <source>Ask the client&apos;s klantmanager to make you or your organisation the begeleider, then choose Send again. If the change is no longer needed, choose Discard.</source>
        <translation>Vraag de klantmanager van de klant om jou of je organisatie als begeleider te koppelen en kies dan Opnieuw versturen. Is de wijziging niet meer nodig, kies dan Weggooien.</translation>
    </message>
    <message>
        <source>Not for a partner organisation</source>
        <translation>Niet toegestaan voor een partnerorganisatie</translation>
    </message>
    <message>
        <source>Ask the client&apos;s klantmanager to make this change, then choose Discard.</source>
        <translation>Vraag de klantmanager van de klant deze wijziging te doen en kies dan Weggooien.</translation>
    </message>
    <message>
        <source>Consent recorded by the wrong person</source>
        <translation>Toestemming vastgelegd door de verkeerde persoon</translation>
    </message>
    <message>
        <source>Only the client&apos;s klantmanager, begeleider or a coordinator may record or withdraw consent.</source>
        <translation>Alleen de klantmanager, de begeleider van de klant of een coördinator mag toestemming vastleggen of intrekken.</translation>
    </message>
    <message>
        <source>Ask one of them to record the consent, then choose Discard.</source>
        <translation>Vraag een van hen de toestemming vast te leggen en kies dan Weggooien.</translation>
    </message>
    <message>
        <source>The welcome workshop is kept by the chain&apos;s staff</source>
        <translation>De welkomstworkshop wordt bijgehouden door medewerkers van de keten</translation>
    </message>
    <message>
        <source>Only a klantmanager, begeleider or coordinator plans welcome workshop sessions, and only staff of the person&apos;s caseload invite them or record whether they came.</source>
        <translation>Alleen een klantmanager, begeleider of coördinator plant bijeenkomsten van de welkomstworkshop, en alleen medewerkers van de caseload van de persoon nodigen hem of haar uit of leggen vast of die kwam.</translation>
    </message>
    <message>
        <source>Ask the person&apos;s klantmanager or begeleider to make this change, then choose Discard.</source>
        <translation>Vraag de klantmanager of begeleider van de persoon om deze wijziging te doen en kies dan Weggooien.</translation>
    </message>
    <message>
        <source>Monitoring is kept by coordinators</source>
        <translation>De monitoring wordt bijgehouden door coördinatoren</translation>
    </message>
    <message>
        <source>Only a coordinator of the municipality or an administrator may change the monitoring settings (housing norm, taakstelling, stages of the journey) or record a monitoring meeting.</source>
        <translation>Alleen een coördinator van de gemeente of een beheerder mag de monitoringinstellingen (huisvestingsnorm, taakstelling, fasen van de reis) wijzigen of een monitoringsoverleg vastleggen.</translation>
    </message>
    <message>
        <source>Handing a client to another organisation</source>
        <translation>Klant overdragen aan een andere organisatie</translation>
    </message>
    <message>
        <source>This device may assign a client only to a worker of its own organisation or of the municipality. Handing a client to another organisation is the municipality&apos;s decision.</source>
        <translation>Dit apparaat mag een klant alleen toewijzen aan een medewerker van de eigen organisatie of van de gemeente. Een klant overdragen aan een andere organisatie is een besluit van de gemeente.</translation>
    </message>
    <message>
        <source>Ask the client&apos;s klantmanager to assign the client, then choose Discard.</source>
        <translation>Vraag de klantmanager van de klant om de klant toe te wijzen en kies dan Weggooien.</translation>
    </message>
    <message>
        <source>The directory follows the accounts</source>
        <translation>De adreslijst volgt de accounts</translation>
    </message>
    <message>
        <source>Who works for which organisation, and in which role, is set in the accounts on the server by an administrator; no device can change it.</source>
        <translation>Wie voor welke organisatie werkt, en in welke rol, legt een beheerder vast in de accounts op de server; geen apparaat kan dat wijzigen.</translation>
    </message>
    <message>
        <source>Ask your application manager to change the account, then choose Discard.</source>
        <translation>Vraag je applicatiebeheerder het account aan te passen en kies dan Weggooien.</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Beheerdersaccount</translation>
    </message>
    <message>
        <source>An administrator&apos;s account keeps the directory of organisations and workers only; it cannot change client files.</source>
        <translation>Een beheerdersaccount beheert alleen het overzicht van organisaties en medewerkers; het kan geen klantdossiers wijzigen.</translation>
    </message>
    <message>
        <source>Sign in with a caseworker&apos;s account to change client files, then choose Discard here.</source>
        <translation>Meld je aan met het account van een klantmanager of begeleider om klantdossiers te wijzigen, en kies hier dan Weggooien.</translation>
    </message>
    <message>
        <source>The server could not read the change</source>
        <translation>De server kon de wijziging niet lezen</translation>
    </message>
    <message>
        <source>The change holds something the server cannot keep, such as an invisible character in a text, or this version of the app sent a kind of record the server does not know.</source>
        <translation>De wijziging bevat iets wat de server niet kan bewaren, zoals een onzichtbaar teken in een tekst, of deze versie van de app stuurde een soort gegeven dat de server niet kent.</translation>
    </message>
    <message>
        <source>Open the record, retype the text of the field and save it, then choose Send again. If it comes back, contact your application manager.</source>
        <translation>Open het gegeven, typ de tekst van het veld opnieuw en sla op; kies dan Opnieuw versturen. Komt het terug, neem dan contact op met je applicatiebeheerder.</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <source>The server refused this change for a reason this version of the app does not know.</source>
        <translation>De server heeft deze wijziging geweigerd om een reden die deze versie van de app niet kent.</translation>
    </message>
    <message>
        <source>Contact your application manager; keep the change on the list until then.</source>
        <translation>Neem contact op met je applicatiebeheerder; laat de wijziging tot dan op de lijst staan.</translation>
    </message>
    <message>
        <source>Referral shares more than the consent</source>
        <translation>Verwijzing deelt meer dan de toestemming</translation>
    </message>
    <message>
        <source>A referral may share parts of the file with the organisation behind the service only while the person&apos;s consent for that organisation is in force and covers those parts. Health data is never shared with a referral.</source>
        <translation>Een verwijzing mag delen van het dossier alleen delen met de organisatie achter de dienst zolang de toestemming van de persoon voor die organisatie geldt en die delen omvat. Gezondheidsgegevens gaan nooit mee met een verwijzing.</translation>
    </message>
    <message>
        <source>Record the person&apos;s consent first and choose Send again, or make the referral again without sharing and choose Discard.</source>
        <translation>Leg eerst de toestemming van de persoon vast en kies Opnieuw versturen, of maak de verwijzing opnieuw zonder te delen en kies Weggooien.</translation>
    </message>
    <message>
        <source>The sociale kaart is kept by coordinators</source>
        <translation>De sociale kaart wordt bijgehouden door coördinatoren</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator can change the sociale kaart, and only with complete items (as in HSDS, the standard the kaart follows).</source>
        <translation>Alleen een coördinator of een beheerder kan de sociale kaart wijzigen, en alleen met volledige onderdelen (zoals in HSDS, de standaard die de kaart volgt).</translation>
    </message>
    <message>
        <source>Ask a coordinator to make the change, then choose Discard.</source>
        <translation>Vraag een coördinator de wijziging te maken en kies daarna Weggooien.</translation>
    </message>
    <message>
        <source>Your organisation is a partner in the chain: it may only update the plan actions assigned to it (status, result, done date and worker), and record its own stories and ratings of persons who agreed to share their experiences with it (never about health).</source>
        <translation>Je organisatie is partner in de keten: ze mag alleen de acties uit het plan bijwerken die aan haar zijn toegewezen (status, resultaat, datum gereed en medewerker), en eigen verhalen en waarderingen vastleggen van personen die hun ervaringen met haar wilden delen (nooit over gezondheid).</translation>
    </message>
    <message>
        <source>Ask the coordinator to make this change, then choose Discard.</source>
        <translation>Vraag de coördinator deze wijziging te maken en kies daarna Weggooien.</translation>
    </message>
</context>
<context>
    <name>RegionReport</name>
    <message>
        <source>Regional comparison: {region}</source>
        <translation>Regiovergelijking: {region}</translation>
    </message>
    <message>
        <source>Ketenplan - {title} - figures as of {date}</source>
        <translation>Ketenplan - {title} - cijfers per {date}</translation>
    </message>
    <message>
        <source>No municipality of the region counts anyone yet.</source>
        <translation>Nog geen gemeente in de regio telt iemand mee.</translation>
    </message>
    <message>
        <source>Figures as they stood on {date}; {basis}; a housing norm of {weeks} weeks.</source>
        <translation>Cijfers zoals ze stonden op {date}; {basis}; een huisvestingsnorm van {weeks} weken.</translation>
    </message>
    <message>
        <source>Fetched from the server: {when}.</source>
        <translation>Opgehaald van de server: {when}.</translation>
    </message>
    <message>
        <source>Municipalities that share their figures: {names}.</source>
        <translation>Gemeenten die hun cijfers delen: {names}.</translation>
    </message>
    <message>
        <source>Counts only, never a person. {minimum_text}: fewer than {minimum} persons. x: hidden, so that a small number cannot be worked out from the totals. A share is shown only over 10 or more closed windows; where the server gave none, none is worked out here.</source>
        <translation>Alleen aantallen, nooit een persoon. {minimum_text}: minder dan {minimum} personen. x: verborgen, zodat een klein aantal niet uit de totalen is af te leiden. Een percentage staat er alleen bij 10 of meer gesloten termijnen; waar de server er geen gaf, wordt het hier ook niet uitgerekend.</translation>
    </message>
    <message>
        <source>Cohort {cohort}</source>
        <translation>Cohort {cohort}</translation>
    </message>
    <message>
        <source>Hidden: too few to show safely.</source>
        <translation>Verborgen: te weinig om veilig te tonen.</translation>
    </message>
    <message>
        <source>No share to chart: the server gave none for this cohort (hidden, or under 10 closed windows).</source>
        <translation>Geen percentage voor een grafiek: de server gaf er geen voor dit cohort (verborgen, of minder dan 10 gesloten termijnen).</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Realised %</source>
        <translation>% gehaald</translation>
    </message>
    <message>
        <source>Region total</source>
        <translation>Totaal regio</translation>
    </message>
    <message>
        <source>{name} (own)</source>
        <translation>{name} (eigen)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>no share (under 10 closed)</source>
        <translation>geen % (onder 10 afgesloten)</translation>
    </message>
    <message>
        <source>own municipality</source>
        <translation>eigen gemeente</translation>
    </message>
    <message>
        <source>other municipalities</source>
        <translation>andere gemeenten</translation>
    </message>
    <message>
        <source>region total</source>
        <translation>totaal regio</translation>
    </message>
</context>
<context>
    <name>RegionShare</name>
    <message>
        <source>Region name or code</source>
        <translation>Naam of code van de regio</translation>
    </message>
    <message>
        <source>Share this municipality&apos;s figures with the region (counts only)</source>
        <translation>De cijfers van deze gemeente delen met de regio (alleen aantallen)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Sharing needs a region: fill in the region&apos;s name.</source>
        <translation>Delen kan alleen met een regio: vul de naam van de regio in.</translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation>Alleen een beheerder kan dit wijzigen.</translation>
    </message>
    <message>
        <source>Not saved: the server could not be reached or refused it.</source>
        <translation>Niet opgeslagen: de server was niet bereikbaar of weigerde het.</translation>
    </message>
</context>
<context>
    <name>RegionView</name>
    <message>
        <source>Report (PDF)...</source>
        <translation>Rapport (PDF)...</translation>
    </message>
    <message>
        <source>Save the regional comparison as a PDF, as the server gave it</source>
        <translation>De regiovergelijking opslaan als pdf, zoals de server haar gaf</translation>
    </message>
    <message>
        <source>Save the regional comparison</source>
        <translation>Regiovergelijking opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Rapport opgeslagen: {path}</translation>
    </message>
    <message>
        <source>The report could not be written: is the folder writable and the file not open elsewhere?</source>
        <translation>Het rapport kon niet worden geschreven: mag er in de map geschreven worden en is het bestand nergens anders open?</translation>
    </message>
    <message>
        <source>Compare with the region</source>
        <translation>Vergelijken met de regio</translation>
    </message>
    <message>
        <source>Year of settling (vestiging)</source>
        <translation>Jaar van vestiging</translation>
    </message>
    <message>
        <source>Year the integration duty started (CBS)</source>
        <translation>Jaar start inburgeringsplicht (CBS)</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Fetch from the server</source>
        <translation>Ophalen van de server</translation>
    </message>
    <message>
        <source>Fetch the region&apos;s newest figures (only counts, never a person)</source>
        <translation>De nieuwste cijfers van de regio ophalen (alleen aantallen, nooit een persoon)</translation>
    </message>
    <message>
        <source>Fetching the region&apos;s figures from the server...</source>
        <translation>De cijfers van de regio worden opgehaald van de server...</translation>
    </message>
    <message>
        <source>Your municipality does not share its figures with a region, so it sees no other municipality&apos;s figures either. An administrator can choose to share them.</source>
        <translation>Uw gemeente deelt haar cijfers niet met een regio en ziet daarom ook de cijfers van andere gemeenten niet. Een beheerder kan ervoor kiezen ze te delen.</translation>
    </message>
    <message>
        <source>Only coordinators and administrators see the region&apos;s figures.</source>
        <translation>Alleen coördinatoren en beheerders zien de cijfers van de regio.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>De server is niet bereikbaar.</translation>
    </message>
    <message>
        <source>This device does not sync with a server, so it has no regional figures.</source>
        <translation>Dit apparaat synchroniseert niet met een server en heeft daarom geen regionale cijfers.</translation>
    </message>
    <message>
        <source>The server did not give the region&apos;s figures.</source>
        <translation>De server gaf de cijfers van de regio niet.</translation>
    </message>
    <message>
        <source>Shown: the figures fetched {when}.</source>
        <translation>Getoond: de cijfers opgehaald op {when}.</translation>
    </message>
    <message>
        <source>{minimum_text}: fewer than {minimum} persons. x: hidden, so that a small number cannot be worked out from the totals. A share is shown only over 10 or more closed windows. Only municipalities that share their figures are listed; all count with a housing norm of {weeks} weeks.</source>
        <translation>{minimum_text}: minder dan {minimum} personen. x: verborgen, zodat een klein aantal niet uit de totalen terug te rekenen is. Een percentage staat er alleen bij 10 of meer afgesloten termijnen. Alleen gemeenten die hun cijfers delen staan erin; alle rekenen met een huisvestingsnorm van {weeks} weken.</translation>
    </message>
    <message>
        <source>Region {region}: {n} municipalities share their figures. Figures as on {day}, fetched {when}.</source>
        <translation>Regio {region}: {n} gemeenten delen hun cijfers. Cijfers per {day}, opgehaald op {when}.</translation>
    </message>
    <message>
        <source>Cohort and municipality</source>
        <translation>Cohort en gemeente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Realised %</source>
        <translation>% gehaald</translation>
    </message>
    <message>
        <source>Cohort {cohort}</source>
        <translation>Cohort {cohort}</translation>
    </message>
    <message>
        <source>(hidden: too few to show safely)</source>
        <translation>(verborgen: te weinig om veilig te tonen)</translation>
    </message>
    <message>
        <source>{name} (own)</source>
        <translation>{name} (eigen)</translation>
    </message>
    <message>
        <source>Region total</source>
        <translation>Regio totaal</translation>
    </message>
    <message>
        <source>No municipality of the region counts anyone for this target.</source>
        <translation>Geen gemeente van de regio telt iemand voor deze doelstelling.</translation>
    </message>
    <message>
        <source>Fewer than {minimum}</source>
        <translation>Minder dan {minimum}</translation>
    </message>
    <message>
        <source>Hidden, so that a small number cannot be worked out</source>
        <translation>Verborgen, zodat een klein aantal niet terug te rekenen is</translation>
    </message>
    <message>
        <source>{code} realised among closed windows, cohort {cohort} ({goal})</source>
        <translation>{code} gehaald van de afgesloten termijnen, cohort {cohort} ({goal})</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>no share (under 10 closed)</source>
        <translation>geen % (onder 10 afgesloten)</translation>
    </message>
</context>
<context>
    <name>RejectRows</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Verwijdering</translation>
    </message>
    <message>
        <source>A kind of record this version does not know</source>
        <translation>Een soort gegeven dat deze versie niet kent</translation>
    </message>
</context>
<context>
    <name>RejectsDialog</name>
    <message>
        <source>Changes the server refused</source>
        <translation>Wijzigingen die de server weigerde</translation>
    </message>
    <message>
        <source>The server did not take these changes. They are kept on this device as they are, but the rest of the chain does not see them. Choose a group or lines, then what to do.</source>
        <translation>De server heeft deze wijzigingen niet overgenomen. Ze blijven op dit apparaat bewaard zoals ze zijn, maar de rest van de keten ziet ze niet. Kies een groep of regels en daarna wat je wilt doen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <source>Send the chosen changes again at the next sync, as the records now stand on this device</source>
        <translation>Stuur de gekozen wijzigingen bij de volgende synchronisatie opnieuw, zoals de gegevens nu op dit apparaat staan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Take the chosen changes off this list; the records on this device stay as they are</source>
        <translation>Haal de gekozen wijzigingen van deze lijst; de gegevens op dit apparaat blijven zoals ze zijn</translation>
    </message>
    <message>
        <source>Open client file</source>
        <translation>Klantdossier openen</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 wijziging</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} wijzigingen</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 klant</translation>
    </message>
    <message>
        <source>{n} clients</source>
        <translation>{n} klanten</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(geen klant)</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>Waarom: {why}</translation>
    </message>
    <message>
        <source>What to do: {todo}</source>
        <translation>Wat te doen: {todo}</translation>
    </message>
    <message>
        <source>1 change will be sent again at the next sync.</source>
        <translation>1 wijziging wordt bij de volgende synchronisatie opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>{n} changes will be sent again at the next sync.</source>
        <translation>{n} wijzigingen worden bij de volgende synchronisatie opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>{n} could not be sent again: the record is not on this device, or is of a kind this version cannot send. Discard those.</source>
        <translation>{n} konden niet opnieuw worden verstuurd: het gegeven staat niet op dit apparaat, of is van een soort die deze versie niet kan versturen. Gooi die weg.</translation>
    </message>
    <message>
        <source>1 change taken off the list.</source>
        <translation>1 wijziging van de lijst gehaald.</translation>
    </message>
    <message>
        <source>{n} changes taken off the list.</source>
        <translation>{n} wijzigingen van de lijst gehaald.</translation>
    </message>
    <message>
        <source>That did not work; the list is as it was.</source>
        <translation>Dat lukte niet; de lijst is zoals hij was.</translation>
    </message>
    <message>
        <source>The server has refused no changes.</source>
        <translation>De server heeft geen wijzigingen geweigerd.</translation>
    </message>
</context>
<context>
    <name>RouteSection</name>
    <message>
        <source>Learning route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Why this route: the learnability test, education, wishes</source>
        <translation>Waarom deze route: de leerbaarheidstoets, opleiding, wensen</translation>
    </message>
    <message>
        <source>DUO&apos;s estimated intensity of the B1 route, in hours</source>
        <translation>Geschatte intensiteit van de B1-route volgens DUO, in uren</translation>
    </message>
    <message>
        <source>May finish the &amp;education started</source>
        <translation>Mag de begonnen opleiding a&amp;fmaken</translation>
    </message>
    <message>
        <source>Which work, how many hours a week</source>
        <translation>Welk werk, hoeveel uur per week</translation>
    </message>
    <message>
        <source>Learning &amp;route</source>
        <translation>&amp;Leerroute</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Estimated &amp;hours</source>
        <translation>Geschatte &amp;uren</translation>
    </message>
    <message>
        <source>Li&amp;teracy classes</source>
        <translation>&amp;Alfabetisering</translation>
    </message>
    <message>
        <source>G&amp;uidance</source>
        <translation>&amp;Begeleiding</translation>
    </message>
    <message>
        <source>&amp;Dual track</source>
        <translation>&amp;Duaal traject</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Parts of the duty and their results</source>
        <translation>Onderdelen van de inburgeringsplicht en hun resultaat</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Shortfall culpable</source>
        <translation>Verwijtbaar niet voldaan</translation>
    </message>
    <message>
        <source>KNM: knowledge of Dutch society</source>
        <translation>KNM: Kennis van de Nederlandse Maatschappij</translation>
    </message>
    <message>
        <source>MAP: labour market orientation</source>
        <translation>MAP: Module Arbeidsmarkt en Participatie</translation>
    </message>
    <message>
        <source>PVT: participation declaration</source>
        <translation>PVT: participatieverklaringstraject</translation>
    </message>
    <message>
        <source>Z-route completed</source>
        <translation>Z-route afgerond</translation>
    </message>
    <message>
        <source>A done date is DUO&apos;s result: the MAP&apos;s closing interview, the PVT&apos;s signing.</source>
        <translation>Een datum bij Afgerond is het resultaat voor DUO: het eindgesprek van de MAP, de ondertekening van de PVT.</translation>
    </message>
    <message>
        <source>The law&apos;s dates</source>
        <translation>Wettelijke datums</translation>
    </message>
    <message>
        <source>DUO &amp;notice received</source>
        <translation>&amp;Melding DUO ontvangen</translation>
    </message>
    <message>
        <source>Integration duty &amp;starts</source>
        <translation>Inburgeringsplicht &amp;gaat in</translation>
    </message>
    <message>
        <source>P&amp;IP date</source>
        <translation>Dag&amp;tekening PIP</translation>
    </message>
    <message>
        <source>The PIP date is set when the plan is agreed; the integration term counts from the first agreed PIP.</source>
        <translation>De dagtekening van het PIP wordt gezet bij het vaststellen van het plan; de inburgeringstermijn telt vanaf het eerste vastgestelde PIP.</translation>
    </message>
    <message>
        <source>No deadlines yet: they follow from DUO&apos;s notice and the first agreed PIP.</source>
        <translation>Nog geen termijnen: die volgen uit de melding van DUO en het eerste vastgestelde PIP.</translation>
    </message>
</context>
<context>
    <name>SaveStateLabel</name>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen opgeslagen</translation>
    </message>
    <message>
        <source>Not everything is saved: see the marked fields.</source>
        <translation>Niet alles is opgeslagen: zie de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Could not save. Your text is kept; it is saved again on the next change.</source>
        <translation>Opslaan mislukt. Je tekst blijft staan en wordt bij de volgende wijziging opnieuw opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <source>Ser&amp;vice</source>
        <translation>&amp;Dienst</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>Waa&amp;r</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>Openingsti&amp;jden</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Niet opgeslagen:</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Dienst bewerken</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nieuwe dienst</translation>
    </message>
    <message>
        <source>Not a partner of the chain</source>
        <translation>Geen partner in de keten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Niet actief</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Tijdelijk gesloten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Language codes, e.g. nl, en, ar, ti, fa</source>
        <translation>Taalcodes, bijvoorbeeld nl, en, ar, ti, fa</translation>
    </message>
    <message>
        <source>One document per line</source>
        <translation>Eén document per regel</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;What it offers</source>
        <translation>&amp;Wat de dienst biedt</translation>
    </message>
    <message>
        <source>For &amp;whom</source>
        <translation>Voor &amp;wie</translation>
    </message>
    <message>
        <source>What it &amp;costs</source>
        <translation>Wat het &amp;kost</translation>
    </message>
    <message>
        <source>How to &amp;refer</source>
        <translation>&amp;Aanmelden en verwijzen</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;Languages spoken</source>
        <translation>Gesproken &amp;talen</translation>
    </message>
    <message>
        <source>What to &amp;bring</source>
        <translation>Wat &amp;mee te nemen</translation>
    </message>
    <message>
        <source>Card line (Dutch)</source>
        <translation>Regel op de contactkaart (Nederlands)</translation>
    </message>
    <message>
        <source>Partner in the &amp;chain</source>
        <translation>Partner in de &amp;keten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Not saved: check {fields}.</source>
        <translation>Niet opgeslagen: controleer {fields}.</translation>
    </message>
    <message>
        <source>Not saved. Try again.</source>
        <translation>Niet opgeslagen. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>For example: Stadhuis, zaal 2, Dudokpark 1</source>
        <translation>Bijvoorbeeld: Stadhuis, zaal 2, Dudokpark 1</translation>
    </message>
    <message>
        <source>Who interprets, in which language (empty: none)</source>
        <translation>Wie tolkt, in welke taal (leeg: geen tolk)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>What the session covers; no personal details (every partner sees it)</source>
        <translation>Wat aan bod komt; geen persoonsgegevens (elke partner ziet dit)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Bijeenkomst opslaan</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+Enter)</source>
        <translation>De bijeenkomst opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Partners present</source>
        <translation>Aanwezige partners</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Bijeenkomst wijzigen</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>The session could not be saved.</source>
        <translation>De bijeenkomst kon niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Locking and language</source>
        <translation>Vergrendelen en taal</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The language changes when you restart Ketenplan.</source>
        <translation>De taal verandert als je Ketenplan opnieuw start.</translation>
    </message>
    <message>
        <source>Lock after this long without use</source>
        <translation>Vergrendelen na zoveel tijd zonder gebruik</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dit apparaat</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Onthouden op dit apparaat</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring, so Ketenplan opens without the passphrase when you are logged in. After a lock the passphrase is still asked.</source>
        <translation>Bewaar de sleutel in de wachtwoordkluis van deze computer, zodat Ketenplan zonder wachtwoordzin opent als je bent ingelogd. Na vergrendelen wordt de wachtwoordzin wel weer gevraagd.</translation>
    </message>
    <message>
        <source>This computer has no keyring; you unlock with your passphrase.</source>
        <translation>Deze computer heeft geen wachtwoordkluis; je ontgrendelt met je wachtwoordzin.</translation>
    </message>
    <message>
        <source>Who works on this device</source>
        <translation>Wie werkt er op dit apparaat</translation>
    </message>
    <message>
        <source>The chain&apos;s server</source>
        <translation>De server van de keten</translation>
    </message>
    <message>
        <source>Connect to the chain&apos;s server...</source>
        <translation>Verbinden met de server van de keten...</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(niemand gekozen)</translation>
    </message>
    <message>
        <source>This device syncs with {server} as {name}.</source>
        <translation>Dit apparaat synchroniseert met {server} als {name}.</translation>
    </message>
    <message>
        <source>Switch user or server...</source>
        <translation>Andere gebruiker of server...</translation>
    </message>
    <message>
        <source>This device works on its own: it does not sync with the chain yet.</source>
        <translation>Dit apparaat werkt op zichzelf: het synchroniseert nog niet met de keten.</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one from now on.</source>
        <translation>Je wachtwoordzin is gewijzigd. Gebruik vanaf nu de nieuwe.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>De huidige wachtwoordzin klopt niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {error}. Nothing was changed.</source>
        <translation>De wachtwoordzin kon niet worden gewijzigd: {error}. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Connect to the chain&apos;s server</source>
        <translation>Verbinden met de server van de keten</translation>
    </message>
    <message>
        <source>Sign in with the account your municipality gave you. Ketenplan then shares your changes with the chain and receives theirs; it keeps working when there is no connection.</source>
        <translation>Log in met het account dat je van je gemeente hebt gekregen. Ketenplan deelt dan je wijzigingen met de keten en haalt die van de anderen op; het blijft werken als er geen verbinding is.</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server&amp;adres</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Signed in now as {name}. Someone else can sign in here: the device then starts over with what the server gives them, once the changes of {name} have been sent.</source>
        <translation>Nu aangemeld als {name}. Iemand anders kan zich hier aanmelden: het apparaat begint dan opnieuw met wat de server die persoon geeft, zodra de wijzigingen van {name} zijn verstuurd.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Inloggen...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Signed in as {name}. The first sync runs now; you can close this window, it goes on in the background.</source>
        <translation>Ingelogd als {name}. De eerste synchronisatie loopt nu; je kunt dit venster sluiten, die gaat op de achtergrond door.</translation>
    </message>
    <message>
        <source>Checking the connection...</source>
        <translation>De verbinding controleren...</translation>
    </message>
    <message>
        <source>Sending this device&apos;s changes: {done} of {total}</source>
        <translation>Wijzigingen van dit apparaat versturen: {done} van {total}</translation>
    </message>
    <message>
        <source>Receiving the chain&apos;s records: {count} so far ({percent}%)</source>
        <translation>Gegevens van de keten ophalen: {count} tot nu toe ({percent}%)</translation>
    </message>
    <message>
        <source>Signed in as {name}. Everything is synced.</source>
        <translation>Ingelogd als {name}. Alles is gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Signed in as {name}, but the first sync did not complete. {why}</source>
        <translation>Ingelogd als {name}, maar de eerste synchronisatie is niet afgerond. {why}</translation>
    </message>
</context>
<context>
    <name>SocialMapView</name>
    <message>
        <source>Sociale kaart</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>Search: service, organisation, street, what it is for</source>
        <translation>Zoeken: dienst, organisatie, straat, waarvoor</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Gesproken taal</translation>
    </message>
    <message>
        <source>&amp;Import HSDS…</source>
        <translation>HSDS &amp;importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport HSDS…</source>
        <translation>HSDS e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Edit service…</source>
        <translation>Dienst &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;New service…</source>
        <translation>&amp;Nieuwe dienst…</translation>
    </message>
    <message>
        <source>&amp;Remove service</source>
        <translation>Dienst &amp;verwijderen</translation>
    </message>
    <message>
        <source>Every need</source>
        <translation>Alle behoeften</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <source>You keep the sociale kaart: what you change reaches every device of the municipality, partners included, with the next sync.</source>
        <translation>Jij houdt de sociale kaart bij: wat je wijzigt komt met de volgende synchronisatie op elk apparaat van de gemeente, ook bij de partners.</translation>
    </message>
    <message>
        <source>Read only: the sociale kaart is kept by the municipality&apos;s coordinators and administrators. Ask a coordinator to add or correct a service.</source>
        <translation>Alleen lezen: de sociale kaart wordt bijgehouden door de coördinatoren en beheerders van de gemeente. Vraag een coördinator om een dienst toe te voegen of te verbeteren.</translation>
    </message>
    <message>
        <source>{n} items of the kaart on this device are incomplete and not shown.</source>
        <translation>{n} onderdelen van de kaart op dit apparaat zijn onvolledig en worden niet getoond.</translation>
    </message>
    <message>
        <source>{shown} of {total} services</source>
        <translation>{shown} van {total} diensten</translation>
    </message>
    <message>
        <source>The sociale kaart on this device is empty.</source>
        <translation>De sociale kaart op dit apparaat is leeg.</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>Dienst verwijderen</translation>
    </message>
    <message>
        <source>Remove {name} from the sociale kaart on every device? Referrals made to it stay in the client files.</source>
        <translation>{name} van de sociale kaart halen, op elk apparaat? Verwijzingen ernaar blijven in de klantdossiers staan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Import the sociale kaart (HSDS JSON)</source>
        <translation>Sociale kaart importeren (HSDS JSON)</translation>
    </message>
    <message>
        <source>HSDS JSON (*.json)</source>
        <translation>HSDS JSON (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>This file cannot be read as text.</source>
        <translation>Dit bestand is niet als tekst te lezen.</translation>
    </message>
    <message>
        <source>{orgs} organisations and {services} services read.</source>
        <translation>{orgs} organisaties en {services} diensten gelezen.</translation>
    </message>
    <message>
        <source>{added} new, {changed} changed, {same} already the same.</source>
        <translation>{added} nieuw, {changed} gewijzigd, {same} al gelijk.</translation>
    </message>
    <message>
        <source>Left out, with the reason (field and rule):</source>
        <translation>Weggelaten, met de reden (veld en regel):</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… en nog {n}.</translation>
    </message>
    <message>
        <source>Export the sociale kaart</source>
        <translation>Sociale kaart exporteren</translation>
    </message>
    <message>
        <source>Exported {n} services.</source>
        <translation>{n} diensten geëxporteerd.</translation>
    </message>
    <message>
        <source>That did not work; nothing was changed.</source>
        <translation>Dat lukte niet; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>StoryForm</name>
    <message>
        <source>(none in particular)</source>
        <translation>(geen in het bijzonder)</translation>
    </message>
    <message>
        <source>A name, or the organisation</source>
        <translation>Een naam, of de organisatie</translation>
    </message>
    <message>
        <source>(not written down)</source>
        <translation>(niet opgeschreven)</translation>
    </message>
    <message>
        <source>May this story be used outside the client file, for example in the monitoring meeting? Ask the person; without a clear yes it stays in the file.</source>
        <translation>Mag dit verhaal buiten het klantdossier gebruikt worden, bijvoorbeeld in het monitoringsoverleg? Vraag het de persoon; zonder een duidelijk ja blijft het in het dossier.</translation>
    </message>
    <message>
        <source>No, only in the client file</source>
        <translation>Nee, alleen in het klantdossier</translation>
    </message>
    <message>
        <source>Yes, without a name</source>
        <translation>Ja, zonder naam</translation>
    </message>
    <message>
        <source>Yes, with the name</source>
        <translation>Ja, met naam</translation>
    </message>
    <message>
        <source>Sa&amp;ve story</source>
        <translation>Verhaal op&amp;slaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Stage *</source>
        <translation>&amp;Fase *</translation>
    </message>
    <message>
        <source>&amp;Life domain</source>
        <translation>&amp;Leefgebied</translation>
    </message>
    <message>
        <source>Told &amp;by *</source>
        <translation>Verteld &amp;door *</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <source>Told &amp;on *</source>
        <translation>Verteld &amp;op *</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <source>In their own &amp;words, in</source>
        <translation>In eigen woo&amp;rden, in het</translation>
    </message>
    <message>
        <source>What &amp;changed</source>
        <translation>Wat is er &amp;veranderd</translation>
    </message>
    <message>
        <source>Why it &amp;matters</source>
        <translation>W&amp;aarom het ertoe doet</translation>
    </message>
    <message>
        <source>In &amp;Dutch *</source>
        <translation>In het &amp;Nederlands *</translation>
    </message>
    <message>
        <source>Consent given &amp;on</source>
        <translation>Toestemming &amp;gegeven op</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter slaat op, Esc annuleert</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Nieuw verhaal</translation>
    </message>
    <message>
        <source>Change the story</source>
        <translation>Verhaal wijzigen</translation>
    </message>
    <message>
        <source>A story of another organisation (read only)</source>
        <translation>Een verhaal van een andere organisatie (alleen lezen)</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Client file</source>
        <translation>Klantdossier</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Broad intake</source>
        <translation>Brede intake</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>Conversation answers</source>
        <translation>Antwoorden uit het gesprek</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Niet dezelfde persoon</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Welcome workshop session</source>
        <translation>Bijeenkomst welkomstworkshop</translation>
    </message>
    <message>
        <source>Welcome workshop invitation</source>
        <translation>Uitnodiging welkomstworkshop</translation>
    </message>
    <message>
        <source>Given names (permit)</source>
        <translation>Voornamen (vergunning)</translation>
    </message>
    <message>
        <source>Family name (permit)</source>
        <translation>Achternaam (vergunning)</translation>
    </message>
    <message>
        <source>Given names (usual)</source>
        <translation>Voornamen (gebruikelijk)</translation>
    </message>
    <message>
        <source>Family name (usual)</source>
        <translation>Achternaam (gebruikelijk)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Land van herkomst</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tolk nodig</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Taal van de tolk</translation>
    </message>
    <message>
        <source>V-nummer</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>AZC location</source>
        <translation>AZC-locatie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Koppeling date</source>
        <translation>Koppelingsdatum</translation>
    </message>
    <message>
        <source>Vestiging date</source>
        <translation>Vestigingsdatum</translation>
    </message>
    <message>
        <source>Klantmanager</source>
        <translation>Klantmanager</translation>
    </message>
    <message>
        <source>Social support worker</source>
        <translation>Maatschappelijk begeleider</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partnerorganisaties</translation>
    </message>
    <message>
        <source>Role in household</source>
        <translation>Rol in huishouden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Who goes</source>
        <translation>Wie gaat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Wie het doet</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Datum en tijd van het gesprek</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Afgesproken op</translation>
    </message>
    <message>
        <source>How the client agreed</source>
        <translation>Hoe de klant instemde</translation>
    </message>
    <message>
        <source>Note on the agreement</source>
        <translation>Toelichting bij de afspraak</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <source>Value both started from</source>
        <translation>Waarde waar beide van uitgingen</translation>
    </message>
    <message>
        <source>First client</source>
        <translation>Eerste klant</translation>
    </message>
    <message>
        <source>Second client</source>
        <translation>Tweede klant</translation>
    </message>
    <message>
        <source>Client agrees</source>
        <translation>Klant stemt in</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>COA location</source>
        <translation>COA-locatie</translation>
    </message>
    <message>
        <source>COA contact</source>
        <translation>Contactpersoon COA</translation>
    </message>
    <message>
        <source>COA phone</source>
        <translation>Telefoon COA</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <source>Conversation language</source>
        <translation>Gesprekstaal</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Soort gegeven</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Hoe gegeven</translation>
    </message>
    <message>
        <source>Interpreter present</source>
        <translation>Tolk aanwezig</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Aanduiding</translation>
    </message>
    <message>
        <source>Value set aside</source>
        <translation>Apart gezette waarde</translation>
    </message>
    <message>
        <source>Set aside value by</source>
        <translation>Apart gezette waarde van</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>Version number</source>
        <translation>Versienummer</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Parts consented to</source>
        <translation>Onderdelen met toestemming</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Present (chain)</source>
        <translation>Aanwezig (keten)</translation>
    </message>
    <message>
        <source>Present (others)</source>
        <translation>Aanwezig (anderen)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Verslag gemaakt op</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Verslag door</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>The plan as agreed</source>
        <translation>Het plan zoals afgesproken</translation>
    </message>
    <message>
        <source>Special personal data</source>
        <translation>Bijzondere persoonsgegevens</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Bewaarde waarde</translation>
    </message>
    <message>
        <source>Value kept by</source>
        <translation>Bewaarde waarde van</translation>
    </message>
    <message>
        <source>Kind of handover</source>
        <translation>Soort overdracht</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Begint om</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Eindigt om</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Partners present</source>
        <translation>Aanwezige partners</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>Uitgenodigd op</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Uitgenodigd door</translation>
    </message>
    <message>
        <source>Contact card handed out</source>
        <translation>Contactkaart meegegeven</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Taal van de kaart</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Monitoring meeting</source>
        <translation>Monitoringsoverleg</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Cohort basis</source>
        <translation>Cohortindeling</translation>
    </message>
    <message>
        <source>Figures frozen</source>
        <translation>Vastgelegde cijfers</translation>
    </message>
    <message>
        <source>Stories selected</source>
        <translation>Gekozen verhalen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Previous meeting</source>
        <translation>Vorig overleg</translation>
    </message>
    <message>
        <source>Actions of the previous meeting</source>
        <translation>Acties van het vorige overleg</translation>
    </message>
    <message>
        <source>Sociale kaart item</source>
        <translation>Onderdeel van de sociale kaart</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <source>Details (HSDS)</source>
        <translation>Gegevens (HSDS)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Verwezen op</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Verwezen door</translation>
    </message>
    <message>
        <source>Referred from</source>
        <translation>Verwezen vanuit</translation>
    </message>
    <message>
        <source>Referred from record</source>
        <translation>Verwezen vanuit gegeven</translation>
    </message>
    <message>
        <source>Parts shared</source>
        <translation>Gedeelde onderdelen</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Toestemming gegeven op</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Hoe toestemming is gegeven</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Verhaal</translation>
    </message>
    <message>
        <source>Stage rating</source>
        <translation>Waardering van een fase</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Told by (who)</source>
        <translation>Verteld door (wie)</translation>
    </message>
    <message>
        <source>Told by (name)</source>
        <translation>Verteld door (naam)</translation>
    </message>
    <message>
        <source>Written down by</source>
        <translation>Opgeschreven door</translation>
    </message>
    <message>
        <source>Told on</source>
        <translation>Verteld op</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat veranderde</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Waarom het ertoe doet</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>In eigen woorden</translation>
    </message>
    <message>
        <source>Language of their own words</source>
        <translation>Taal van de eigen woorden</translation>
    </message>
    <message>
        <source>In Dutch</source>
        <translation>In het Nederlands</translation>
    </message>
    <message>
        <source>Use outside the file</source>
        <translation>Gebruik buiten het dossier</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Waardering</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation>Gewaardeerd door</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>Gewaardeerd op</translation>
    </message>
    <message>
        <source>Housing norm (weeks)</source>
        <translation>Huisvestingsnorm (weken)</translation>
    </message>
    <message>
        <source>Taakstelling per half year</source>
        <translation>Taakstelling per halfjaar</translation>
    </message>
    <message>
        <source>Stages of the journey</source>
        <translation>Fasen van de reis</translation>
    </message>
    <message>
        <source>Monitoring settings</source>
        <translation>Monitoringinstellingen</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang van de synchronisatie</translation>
    </message>
    <message>
        <source>Connect to the chain&apos;s server</source>
        <translation>Verbinden met de server van de keten</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Opnieuw inloggen</translation>
    </message>
    <message>
        <source>1 conflict to resolve</source>
        <translation>1 conflict om op te lossen</translation>
    </message>
    <message>
        <source>{n} conflicts to resolve</source>
        <translation>{n} conflicten om op te lossen</translation>
    </message>
    <message>
        <source>1 change refused</source>
        <translation>1 wijziging geweigerd</translation>
    </message>
    <message>
        <source>{n} changes refused</source>
        <translation>{n} wijzigingen geweigerd</translation>
    </message>
    <message>
        <source>1 possible duplicate</source>
        <translation>1 mogelijk dubbel dossier</translation>
    </message>
    <message>
        <source>{n} possible duplicates</source>
        <translation>{n} mogelijk dubbele dossiers</translation>
    </message>
    <message>
        <source>Not connected to a server:</source>
        <translation>Niet verbonden met een server:</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Synchroniseren...</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Laatst gesynchroniseerd: {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nog nooit gesynchroniseerd</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Synchroniseren mislukt: {reason}</translation>
    </message>
    <message>
        <source>Signed in to {server} as {name}</source>
        <translation>Ingelogd bij {server} als {name}</translation>
    </message>
    <message>
        <source>Signed in to {server}</source>
        <translation>Ingelogd bij {server}</translation>
    </message>
    <message>
        <source>No changes waiting to sync</source>
        <translation>Geen wijzigingen om te synchroniseren</translation>
    </message>
    <message>
        <source>1 change waiting to sync</source>
        <translation>1 wijziging wacht op synchronisatie</translation>
    </message>
    <message>
        <source>{n} changes waiting to sync</source>
        <translation>{n} wijzigingen wachten op synchronisatie</translation>
    </message>
    <message>
        <source>Sending changes...</source>
        <translation>Wijzigingen versturen...</translation>
    </message>
    <message>
        <source>Receiving changes...</source>
        <translation>Wijzigingen ophalen...</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>the server could not be reached</source>
        <translation>de server was niet bereikbaar</translation>
    </message>
    <message>
        <source>this device must sign in again</source>
        <translation>dit apparaat moet opnieuw inloggen</translation>
    </message>
    <message>
        <source>this version of Ketenplan is too old for the server</source>
        <translation>deze versie van Ketenplan is te oud voor de server</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>de server weigerde het</translation>
    </message>
    <message>
        <source>the server had a problem</source>
        <translation>de server had een probleem</translation>
    </message>
    <message>
        <source>the server address is not secure</source>
        <translation>het serveradres is niet veilig</translation>
    </message>
    <message>
        <source>it was stopped before it finished</source>
        <translation>het werd onderbroken voordat het klaar was</translation>
    </message>
    <message>
        <source>the server&apos;s changes could not be stored here</source>
        <translation>de wijzigingen van de server konden hier niet worden opgeslagen</translation>
    </message>
    <message>
        <source>it did not complete</source>
        <translation>het werd niet afgerond</translation>
    </message>
    <message>
        <source>The server could not be reached. Your changes are kept on this device and sent with the next sync.</source>
        <translation>De server was niet bereikbaar. Je wijzigingen blijven op dit apparaat bewaard en worden bij de volgende synchronisatie verstuurd.</translation>
    </message>
    <message>
        <source>The server no longer accepts this device&apos;s sign-in. Sign in again; your changes are kept and sent afterwards.</source>
        <translation>De server accepteert de inlog van dit apparaat niet meer. Log opnieuw in; je wijzigingen blijven bewaard en worden daarna verstuurd.</translation>
    </message>
    <message>
        <source>This version of Ketenplan is too old for the server. Please update Ketenplan; your changes are kept until then.</source>
        <translation>Deze versie van Ketenplan is te oud voor de server. Werk Ketenplan bij; je wijzigingen blijven tot dan bewaard.</translation>
    </message>
    <message>
        <source>The server could not complete the sync. Ketenplan tries again later; your changes are kept.</source>
        <translation>De server kon de synchronisatie niet afronden. Ketenplan probeert het later opnieuw; je wijzigingen blijven bewaard.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Het serveradres moet beginnen met https://.</translation>
    </message>
    <message>
        <source>The sync was stopped before it finished. It continues where it stopped with the next sync.</source>
        <translation>De synchronisatie is onderbroken voordat die klaar was. Bij de volgende synchronisatie gaat het verder waar het stopte.</translation>
    </message>
    <message>
        <source>The server&apos;s changes could not be stored on this device. Ketenplan tries again with the next sync.</source>
        <translation>De wijzigingen van de server konden niet op dit apparaat worden opgeslagen. Ketenplan probeert het opnieuw bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>The sync did not complete. Your changes are kept and sent with the next sync.</source>
        <translation>De synchronisatie is niet afgerond. Je wijzigingen blijven bewaard en worden bij de volgende synchronisatie verstuurd.</translation>
    </message>
    <message>
        <source>The server refused the sync: {reason}</source>
        <translation>De server weigerde de synchronisatie: {reason}</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>The server could not be reached at this address. Check the address and the connection.</source>
        <translation>De server is op dit adres niet bereikbaar. Controleer het adres en de verbinding.</translation>
    </message>
    <message>
        <source>The server could not sign you in right now. Try again later.</source>
        <translation>De server kan je nu niet laten inloggen. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>This device still holds changes of {name} that have not reached the server. {name} signs in and syncs first; after that you can sign in here.</source>
        <translation>Dit apparaat bevat nog wijzigingen van {name} die de server nog niet hebben bereikt. Laat {name} eerst aanmelden en synchroniseren; daarna kun je je hier aanmelden.</translation>
    </message>
    <message>
        <source>the person before you</source>
        <translation>de vorige gebruiker</translation>
    </message>
    <message>
        <source>The server refused to sign you in: {reason}</source>
        <translation>De server liet je niet inloggen: {reason}</translation>
    </message>
    <message>
        <source>Signing in did not work ({error}).</source>
        <translation>Inloggen is niet gelukt ({error}).</translation>
    </message>
    <message>
        <source>Plain http:// would send your password and the clients&apos; data readable over the network. Use the address that starts with https:// (http:// is allowed only for a server on this computer).</source>
        <translation>Met gewoon http:// gaan je wachtwoord en de gegevens van de klanten leesbaar over het netwerk. Gebruik het adres dat begint met https:// (http:// mag alleen voor een server op deze computer).</translation>
    </message>
    <message>
        <source>Type the whole address, starting with https://.</source>
        <translation>Typ het hele adres, te beginnen met https://.</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>vandaag {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>gisteren {time}</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Unlock Ketenplan</source>
        <translation>Ketenplan ontgrendelen</translation>
    </message>
    <message>
        <source>The client files on this laptop are encrypted. Enter your passphrase to open them.</source>
        <translation>De klantdossiers op deze laptop zijn versleuteld. Voer je wachtwoordzin in om ze te openen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Onthouden op dit apparaat</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring, so Ketenplan opens without the passphrase when you are logged in. After a lock the passphrase is still asked.</source>
        <translation>Bewaar de sleutel in de wachtwoordkluis van deze computer, zodat Ketenplan zonder wachtwoordzin opent als je bent ingelogd. Na vergrendelen wordt de wachtwoordzin wel weer gevraagd.</translation>
    </message>
    <message>
        <source>This computer has no keyring; you unlock with your passphrase.</source>
        <translation>Deze computer heeft geen wachtwoordkluis; je ontgrendelt met je wachtwoordzin.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Opening with the key remembered on this device…</source>
        <translation>Openen met de sleutel die op dit apparaat is onthouden…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not keep the key; you will unlock with your passphrase.</source>
        <translation>De wachtwoordkluis van deze computer kon de sleutel niet bewaren; je ontgrendelt met je wachtwoordzin.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Nothing was changed.</source>
        <translation>Die wachtwoordzin klopt niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The store could not be opened: {error}</source>
        <translation>De opslag kon niet worden geopend: {error}</translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in 1 second.</source>
        <translation>Te veel verkeerde pogingen. Je kunt het over 1 seconde opnieuw proberen.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in {n} seconds.</source>
        <translation>Te veel verkeerde pogingen. Je kunt het over {n} seconden opnieuw proberen.</translation>
    </message>
</context>
<context>
    <name>VisitPlanForm</name>
    <message>
        <source>Date of the visit</source>
        <translation>Datum van het bezoek</translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation>Tijd van het bezoek</translation>
    </message>
    <message>
        <source>Address of the visit</source>
        <translation>Adres van het bezoek</translation>
    </message>
    <message>
        <source>Who goes</source>
        <translation>Wie gaat</translation>
    </message>
    <message>
        <source>Space checks the worker under the cursor</source>
        <translation>Spatie vinkt de medewerker onder de cursor aan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Tijd</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Datum *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>&amp;Who goes *</source>
        <translation>&amp;Wie gaat *</translation>
    </message>
    <message>
        <source>Ctrl+Enter plans, Esc cancels</source>
        <translation>Ctrl+Enter plant, Esc annuleert</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>Een bezoek plannen</translation>
    </message>
    <message>
        <source>Plan &amp;visit</source>
        <translation>Bezoek p&amp;lannen</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>De planning wijzigen</translation>
    </message>
    <message>
        <source>Sa&amp;ve plan</source>
        <translation>Planning op&amp;slaan</translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message>
        <source>◀ &amp;Back to visits</source>
        <translation>◀ &amp;Terug naar de bezoeken</translation>
    </message>
    <message>
        <source>Back to the list of visits (Esc)</source>
        <translation>Terug naar de lijst met bezoeken (Esc)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>This visit is no longer in the file.</source>
        <translation>Dit bezoek staat niet meer in het dossier.</translation>
    </message>
    <message>
        <source>The visit could not be loaded.</source>
        <translation>Het bezoek kon niet worden geladen.</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} om {time}</translation>
    </message>
    <message>
        <source>Home visit to {name}, {when}</source>
        <translation>Huisbezoek bij {name}, {when}</translation>
    </message>
    <message>
        <source>This visit is still to come.</source>
        <translation>Dit bezoek moet nog komen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Outcome saved: {outcome}.</source>
        <translation>Uitkomst opgeslagen: {outcome}.</translation>
    </message>
    <message>
        <source>The outcome could not be saved.</source>
        <translation>De uitkomst kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>All changes saved ({time}).</source>
        <translation>Alle wijzigingen opgeslagen ({time}).</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Niet opgeslagen: verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Not saved: the report could not be written.</source>
        <translation>Niet opgeslagen: het verslag kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <source>&amp;Plan a visit</source>
        <translation>&amp;Bezoek plannen</translation>
    </message>
    <message>
        <source>C&amp;hange plan</source>
        <translation>Planning wij&amp;zigen</translation>
    </message>
    <message>
        <source>Change the date, time, address or visitors of a planned visit</source>
        <translation>Datum, tijd, adres of bezoekers van een gepland bezoek wijzigen</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>&amp;Verslag openen</translation>
    </message>
    <message>
        <source>Open the report of the chosen visit (Enter)</source>
        <translation>Het verslag van het gekozen bezoek openen (Enter)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Who goes</source>
        <translation>Wie gaat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Home visits of this client</source>
        <translation>Huisbezoeken van deze klant</translation>
    </message>
    <message>
        <source>No client open.</source>
        <translation>Geen klant geopend.</translation>
    </message>
    <message>
        <source>The visits could not be loaded.</source>
        <translation>De bezoeken konden niet worden geladen.</translation>
    </message>
    <message>
        <source>{planned} planned, {done} took place</source>
        <translation>{planned} gepland, {done} afgelegd</translation>
    </message>
    <message>
        <source>No home visits yet: plan the first one.</source>
        <translation>Nog geen huisbezoeken: plan het eerste.</translation>
    </message>
    <message>
        <source>Not planned: please correct the marked fields.</source>
        <translation>Niet gepland: verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Visit planned: {when}.</source>
        <translation>Bezoek gepland: {when}.</translation>
    </message>
    <message>
        <source>Plan changed: {when}.</source>
        <translation>Planning gewijzigd: {when}.</translation>
    </message>
    <message>
        <source>The visit could not be planned.</source>
        <translation>Het bezoek kon niet worden gepland.</translation>
    </message>
</context>
<context>
    <name>WeekFields</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Open om</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Dicht om</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Walk-in hours</source>
        <translation>Inloopspreekuur</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>Op afspraak</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <source>{count} other opening times (from an import) are kept as they are.</source>
        <translation>{count} andere openingstijden (uit een import) blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <source>{day}: {time} is not a time; write hh:mm between 00:00 and 23:59, e.g. 09:00.</source>
        <translation>{day}: {time} is geen tijd; schrijf uu:mm tussen 00:00 en 23:59, bijvoorbeeld 09:00.</translation>
    </message>
    <message>
        <source>{day}: it closes before it opens.</source>
        <translation>{day}: de sluitingstijd ligt vóór de openingstijd.</translation>
    </message>
    <message>
        <source>{day}: give the time it opens and the time it closes.</source>
        <translation>{day}: vul de openingstijd en de sluitingstijd in.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Ketenplan</source>
        <translation>Welkom bij Ketenplan</translation>
    </message>
    <message>
        <source>Ketenplan keeps the files of your clients on this laptop, encrypted, and shares them with the chain (municipality, social support, language school and other partners) through the chain&apos;s server. Your municipality gives you an account on it: the server&apos;s address, your user name and a password. Your organisation and your role come with that account.</source>
        <translation>Ketenplan bewaart de dossiers van je klanten versleuteld op deze laptop en deelt ze via de server van de keten met de ketenpartners (gemeente, maatschappelijke begeleiding, taalschool en anderen). Je gemeente geeft je daarop een account: het adres van de server, je gebruikersnaam en een wachtwoord. Je organisatie en je rol horen bij dat account.</translation>
    </message>
    <message>
        <source>&amp;Sign in to the chain&apos;s server</source>
        <translation>Aan&amp;melden bij de server van de keten</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server&amp;adres</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>Your password is asked after the next step, when this laptop signs in.</source>
        <translation>Je wachtwoord wordt na de volgende stap gevraagd, als deze laptop zich aanmeldt.</translation>
    </message>
    <message>
        <source>Work &amp;offline on this laptop for now</source>
        <translation>Voorlopig &amp;offline werken op deze laptop</translation>
    </message>
    <message>
        <source>The clients you register stay on this laptop only. You can sign in to the server later, in the settings; what you made is then sent along.</source>
        <translation>De klanten die je registreert blijven alleen op deze laptop. Je kunt je later aanmelden bij de server, in de instellingen; wat je hebt gemaakt wordt dan meegestuurd.</translation>
    </message>
    <message>
        <source>&amp;Next: choose a passphrase</source>
        <translation>&amp;Volgende: kies een wachtwoordzin</translation>
    </message>
</context>
<context>
    <name>WorkLabels</name>
    <message>
        <source>Home visit follow-up</source>
        <translation>Vervolgactie huisbezoek</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
</context>
<context>
    <name>WorkshopLine</name>
    <message>
        <source>Welcome workshop: {lines}</source>
        <translation>Welkomstworkshop: {lines}</translation>
    </message>
    <message>
        <source>{day} {time}, {place}: {status}</source>
        <translation>{day} {time}, {place}: {status}</translation>
    </message>
    <message>
        <source>, card handed out ({language})</source>
        <translation>, kaart meegegeven ({language})</translation>
    </message>
    <message>
        <source>, card handed out</source>
        <translation>, kaart meegegeven</translation>
    </message>
</context>
<context>
    <name>WorkshopTexts</name>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Enter the day of the session.</source>
        <translation>Vul de dag van de bijeenkomst in.</translation>
    </message>
    <message>
        <source>Enter the day as dd-mm-yyyy.</source>
        <translation>Vul de dag in als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>De bijeenkomst moet eindigen na het begin.</translation>
    </message>
    <message>
        <source>Enter the time the session starts.</source>
        <translation>Vul de begintijd van de bijeenkomst in.</translation>
    </message>
    <message>
        <source>Enter a time as 14:30.</source>
        <translation>Vul een tijd in als 14:30.</translation>
    </message>
    <message>
        <source>Enter where the session is held.</source>
        <translation>Vul in waar de bijeenkomst is.</translation>
    </message>
    <message>
        <source>The place is too long.</source>
        <translation>De plaats is te lang.</translation>
    </message>
    <message>
        <source>Choose at least one language of the session.</source>
        <translation>Kies ten minste één taal van de bijeenkomst.</translation>
    </message>
    <message>
        <source>The number of places is outside the range allowed.</source>
        <translation>Het aantal plaatsen valt buiten wat is toegestaan.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Deze tekst is te lang.</translation>
    </message>
    <message>
        <source>The session could not be saved.</source>
        <translation>De bijeenkomst kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The session is still to come: nobody can have attended it yet.</source>
        <translation>De bijeenkomst moet nog komen: niemand kan er al bij zijn geweest.</translation>
    </message>
    <message>
        <source>This could not be recorded.</source>
        <translation>Dit kon niet worden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Welcome workshops</source>
        <translation>Welkomstworkshops</translation>
    </message>
    <message>
        <source>Sessions of &quot;Welkom in&quot; the municipality: who is invited, who came, and their contact cards. Attendance counts for targets S1 and S6.</source>
        <translation>Bijeenkomsten van &quot;Welkom in&quot; de gemeente: wie is uitgenodigd, wie kwam, en hun contactkaarten. Aanwezigheid telt mee voor doelen S1 en S6.</translation>
    </message>
    <message>
        <source>Workshop sessions</source>
        <translation>Workshopbijeenkomsten</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Gekomen</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Only a session nobody is invited to can be deleted</source>
        <translation>Alleen een bijeenkomst waarvoor niemand is uitgenodigd kan worden verwijderd</translation>
    </message>
    <message>
        <source>Choose a session, or make a new one.</source>
        <translation>Kies een bijeenkomst, of maak een nieuwe.</translation>
    </message>
    <message>
        <source>Invite people…</source>
        <translation>Mensen uitnodigen…</translation>
    </message>
    <message>
        <source>Print cards…</source>
        <translation>Kaarten maken…</translation>
    </message>
    <message>
        <source>A contact card for everyone invited, each in their own language</source>
        <translation>Een contactkaart voor iedereen die is uitgenodigd, ieder in de eigen taal</translation>
    </message>
    <message>
        <source>Welkom: {day}, {time}, {place}</source>
        <translation>Welkom: {day}, {time}, {place}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Talen: {languages}</translation>
    </message>
    <message>
        <source>Interpreter: {who}</source>
        <translation>Tolk: {who}</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>Geen tolk</translation>
    </message>
    <message>
        <source>Partners present: {names}</source>
        <translation>Aanwezige partners: {names}</translation>
    </message>
    <message>
        <source>{invited} invited for {places} places</source>
        <translation>{invited} uitgenodigd voor {places} plaatsen</translation>
    </message>
    <message>
        <source>{n} more invited than there are places.</source>
        <translation>{n} meer uitgenodigd dan er plaatsen zijn.</translation>
    </message>
    <message>
        <source>Delete the session of {day} at {place}?</source>
        <translation>De bijeenkomst van {day} in {place} verwijderen?</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <source>People are invited to this session: cancel their invitations first. Attendance is part of their files.</source>
        <translation>Er zijn mensen uitgenodigd voor deze bijeenkomst: meld hun uitnodigingen eerst af. Aanwezigheid hoort bij hun dossier.</translation>
    </message>
    <message>
        <source>The session could not be deleted.</source>
        <translation>De bijeenkomst kon niet worden verwijderd.</translation>
    </message>
    <message>
        <source>{day}, {time}, {place}</source>
        <translation>{day}, {time}, {place}</translation>
    </message>
    <message numerus="yes">
        <source>%n people invited.</source>
        <translation>
            <numerusform>%n persoon uitgenodigd.</numerusform>
            <numerusform>%n mensen uitgenodigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were invited already.</source>
        <translation>
            <numerusform>%n was al uitgenodigd.</numerusform>
            <numerusform>%n waren al uitgenodigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are no longer in the caseload and were left out.</source>
        <translation>
            <numerusform>%n staat niet meer in de caseload en is overgeslagen.</numerusform>
            <numerusform>%n staan niet meer in de caseload en zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing the cards: {done} of {total}...</source>
        <translation>De kaarten worden gemaakt: {done} van {total}...</translation>
    </message>
    <message>
        <source>The cards could not be made: the people invited could not be read.</source>
        <translation>De kaarten konden niet worden gemaakt: de uitgenodigde mensen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>{written} cards written to {folder}; {failed} could not be made.</source>
        <translation>{written} kaarten opgeslagen in {folder}; {failed} konden niet worden gemaakt.</translation>
    </message>
    <message>
        <source>{written} cards written to {folder}.</source>
        <translation>{written} kaarten opgeslagen in {folder}.</translation>
    </message>
</context>
</TS>
