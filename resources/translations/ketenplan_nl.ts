<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
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
        <translation>Land van herko&amp;mst</translation>
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
        <translation>Taal van de tol&amp;k</translation>
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
        <translation>&amp;Vestigingsdatum</translation>
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
        <source>Partner &amp;organisations</source>
        <translation>&amp;Partnerorganisaties</translation>
    </message>
    <message>
        <source>Partner organisations involved with this person</source>
        <translation>Partnerorganisaties die bij deze persoon betrokken zijn</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Unknown worker</source>
        <translation>Onbekende medewerker</translation>
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
    <name>HouseholdPanel</name>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>&amp;Add household member</source>
        <translation>Lid van &amp;huishouden toevoegen</translation>
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
    <name>MainWindow</name>
    <message>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
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
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
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
        <source>Welcome to Ketenplan</source>
        <translation>Welkom bij Ketenplan</translation>
    </message>
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
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
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
</TS>
