<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="27"/>
        <source>Om programmet</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="32"/>
        <source>Spørgeskema, scoring og epikrise til forløbsprogrammet for lænderygsmerter. Open source (MIT).</source>
        <translation>Questionnaire, scoring and letter for the Danish low-back-pain care pathway. Open source (MIT).</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="41"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="55"/>
        <source>Instrumenter</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="56"/>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="57"/>
        <source>Rettigheder</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="70"/>
        <source>dansk</source>
        <translation>Danish</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="70"/>
        <source>engelsk</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="80"/>
        <source>Ordlyd der ikke er verificeret</source>
        <translation>Wording not verified</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="83"/>
        <source>Ordlyden er ikke sammenlignet med den publicerede version af instrumentet på disse sprog:</source>
        <translation>The wording has not been compared with the published instrument in these languages:</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="87"/>
        <source>Al ordlyd er verificeret.</source>
        <translation>All wording is verified.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="99"/>
        <source>spørgsmålene er formuleret af lbp-desktop-projektet (MIT-licens)</source>
        <translation>questions worded by the lbp-desktop project (MIT licence)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="76"/>
        <source>Alle regler, skæringspunkter, bånd, tærskler, licenser og kilder er beskrevet i projektets kliniske reference, docs/clinical/ i kildekoden.</source>
        <translation>Every rule, cut-point, band, threshold, licence and source is described in the project&apos;s clinical reference, docs/clinical/ in the source code.</translation>
    </message>
</context>
<context>
    <name>AcuteHandlingDialog</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="289"/>
        <source>Håndtering af akut rødt flag</source>
        <translation>Handling of an acute red flag</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="291"/>
        <source>Hvad blev fundet, og hvad blev gjort? Registreringen gemmes med dit navn og tidspunktet og kan ikke ændres bagefter.</source>
        <translation>What was found, and what was done? The record is saved with your name and the time and cannot be changed afterwards.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="296"/>
        <source>Fx: Undersøgt samme dag, ingen ridebukseanæstesi, normal kraft. Henvist akut / informeret om at søge akut ved forværring.</source>
        <translation>E.g.: Examined the same day, no saddle anaesthesia, normal strength. Referred acutely / advised to seek help at once if worse.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="305"/>
        <source>Registrér håndtering</source>
        <translation>Record handling</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="308"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="320"/>
        <source>Skriv hvad der blev fundet og gjort.</source>
        <translation>Write what was found and done.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="119"/>
        <source>← Arbejdsliste</source>
        <translation>← Worklist</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="122"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="131"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="131"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="131"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="132"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="132"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="136"/>
        <source>Ny bruger …</source>
        <translation>New user …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="138"/>
        <source>Deaktivér / aktivér</source>
        <translation>Deactivate / activate</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="140"/>
        <source>Ny adgangskode …</source>
        <translation>New password …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="147"/>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="252"/>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="264"/>
        <source>Brugere</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="161"/>
        <source>Klinikkens navn</source>
        <translation>Clinic name</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="162"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="163"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="164"/>
        <source>MedCom-adresse</source>
        <translation>MedCom address</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="169"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="171"/>
        <source>Lås skærmen efter</source>
        <translation>Lock the screen after</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="172"/>
        <source>Gem klinikoplysninger</source>
        <translation>Save clinic details</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="176"/>
        <source>Klinik</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="183"/>
        <source>Revisionslog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="187"/>
        <source>Tablets og venteværelse</source>
        <translation>Tablets and waiting room</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="203"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="203"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="246"/>
        <source>Ny adgangskode</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="247"/>
        <source>Ny adgangskode til %1 (mindst 8 tegn):</source>
        <translation>New password for %1 (at least 8 characters):</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="265"/>
        <source>Den sidste aktive administrator kan ikke deaktiveres.</source>
        <translation>The last active administrator cannot be deactivated.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="65"/>
        <source>Første administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="66"/>
        <source>Administratoren opretter behandlere og sekretærer og kan nulstille adgangskoder.</source>
        <translation>The administrator creates clinician and reception accounts and can reset passwords.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="81"/>
        <source>Navn *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="82"/>
        <source>Brugernavn *</source>
        <translation>Username *</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="83"/>
        <source>Adgangskode *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="84"/>
        <source>Gentag adgangskode *</source>
        <translation>Repeat password *</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="90"/>
        <source>Når du går videre, oprettes den krypterede database og dens nøgle.</source>
        <translation>When you continue, the encrypted database and its key are created.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="253"/>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="105"/>
        <source>Adgangskoden skal have mindst 8 tegn.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="108"/>
        <source>De to adgangskoder er ikke ens.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AlertStrip</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="389"/>
        <source>AKUT</source>
        <translation>ACUTE</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="406"/>
        <source>Åbn forløb</source>
        <translation>Open episode</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="409"/>
        <source>Set</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="410"/>
        <source>Skjul advarslen (den står stadig på forløbet)</source>
        <translation>Hide the alert (it stays on the episode)</translation>
    </message>
</context>
<context>
    <name>AnswersTree</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="61"/>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="61"/>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="61"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="105"/>
        <source>Skema udfyldt %1</source>
        <translation>Questionnaire completed %1</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="123"/>
        <source>ikke besvaret</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="124"/>
        <source>(ikke stillet)</source>
        <translation>(not asked)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="151"/>
        <source>%n positive</source>
        <translation>
            <numerusform>%n positive</numerusform>
            <numerusform>%n positive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="154"/>
        <source>%n ikke besvaret</source>
        <translation>
            <numerusform>%n not answered</numerusform>
            <numerusform>%n not answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="59"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="59"/>
        <source>Bruger</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="59"/>
        <source>Hændelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="59"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="60"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="60"/>
        <source>Detalje</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="77"/>
        <source>Eksportér som CSV …</source>
        <translation>Export as CSV …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="79"/>
        <source>Alle hændelser, der passer til filtrene – til klinikkens databeskyttelsesrådgiver.</source>
        <translation>Every event matching the filters – for the clinic&apos;s data-protection officer.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="94"/>
        <source>Patient: navn eller CPR</source>
        <translation>Patient: name or CPR</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="101"/>
        <source>Alle hændelser</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="107"/>
        <source>Nulstil</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="112"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="114"/>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="139"/>
        <source>Alle brugere</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="202"/>
        <source>Viser de %1 nyeste af %2 hændelser. Eksporten har dem alle.</source>
        <translation>Showing the newest %1 of %2 events. The export has them all.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="205"/>
        <source>1 hændelse</source>
        <translation>1 event</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="206"/>
        <source>%1 hændelser</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="212"/>
        <source>Eksportér revisionslog</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="213"/>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/audit_log.py" line="232"/>
        <source>%1 hændelser gemt i %2</source>
        <translation>%1 events saved in %2</translation>
    </message>
</context>
<context>
    <name>ChangePage</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="177"/>
        <source>Rygsmerter nu (NRS)</source>
        <translation>Back pain now (NRS)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="178"/>
        <source>Rygsmerter, uge (NRS)</source>
        <translation>Back pain, week (NRS)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="179"/>
        <source>Bensmerter nu (NRS)</source>
        <translation>Leg pain now (NRS)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="180"/>
        <source>Bensmerter, uge (NRS)</source>
        <translation>Leg pain, week (NRS)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="181"/>
        <source>Roland-Morris (0–23)</source>
        <translation>Roland-Morris (0–23)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="182"/>
        <source>STarT Back risikogruppe</source>
        <translation>STarT Back risk group</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="183"/>
        <source>STarT Back total (0–9)</source>
        <translation>STarT Back total (0–9)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="184"/>
        <source>Örebro total (1–100)</source>
        <translation>Örebro total (1–100)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="185"/>
        <source>MDI total (0–50)</source>
        <translation>MDI total (0–50)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="195"/>
        <source>Udvikling vises, når patienten har udfyldt mere end ét skema i forløbet.</source>
        <translation>Change is shown once the patient has completed more than one questionnaire in the episode.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="198"/>
        <source>Ændring i forhold til første skema (baseline). ★ = klinisk betydende bedring (NRS ≥ 2 point og ≥ 30 %, RMDQ ≥ 5 point og ≥ 30 %; Ostelo 2008). Skift af STarT-risikogruppe vises som ændring.</source>
        <translation>Change from the first questionnaire (baseline). ★ = clinically important improvement (NRS ≥ 2 points and ≥ 30 %, RMDQ ≥ 5 points and ≥ 30 %; Ostelo 2008). A change of STarT risk group is shown as a change.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="203"/>
        <source>Mål</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="204"/>
        <source>Baseline </source>
        <translation>Baseline </translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="225"/>
        <source>Klinisk betydende forbedring</source>
        <translation>Clinically important improvement</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_history.py" line="226"/>
        <source>Forværring</source>
        <translation>Worsening</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="36"/>
        <source>Klinikken</source>
        <translation>The clinic</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="37"/>
        <source>Oplysningerne står som afsender på epikriserne.</source>
        <translation>These details are the sender of the letters.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="46"/>
        <source>Klinikkens navn *</source>
        <translation>Clinic name *</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="47"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="48"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="52"/>
        <source>MedCom-adresse</source>
        <translation>MedCom address</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="84"/>
        <source>Forskelle mellem de to indtastninger</source>
        <translation>Differences between the two entries</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="89"/>
        <source>Se på papirarket og vælg det svar, der står der, for hvert spørgsmål. Spørgeskemaet tæller først med, når alle forskelle er afklaret.</source>
        <translation>Look at the paper sheet and choose the answer written there for each question. The questionnaire counts only once every difference is settled.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="95"/>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="96"/>
        <source>1. indtastning</source>
        <translation>1st entry</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="97"/>
        <source>2. indtastning</source>
        <translation>2nd entry</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="104"/>
        <source>Ikke besvaret</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="116"/>
        <source>Godkend de valgte svar</source>
        <translation>Accept the chosen answers</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="118"/>
        <source>Luk – afklar senere</source>
        <translation>Close – settle later</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="126"/>
        <source>Vælg et svar for hvert spørgsmål (%n mangler).</source>
        <translation>
            <numerusform>Choose an answer for each question (%n missing).</numerusform>
            <numerusform>Choose an answer for each question (%n missing).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../lbp_desktop/ui/common/crash.py" line="85"/>
        <source>Der opstod en fejl</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/crash.py" line="86"/>
        <source>Der skete en uventet fejl. Dine gemte data er ikke berørt.
Prøv igen, og kontakt support, hvis fejlen gentager sig.</source>
        <translation>An unexpected error occurred. Your saved data is not affected.
Try again, and contact support if it happens again.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/crash.py" line="90"/>
        <source>En fejlrapport uden patientdata er gemt her:</source>
        <translation>An error report without patient data was saved here:</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../lbp_desktop/ui/common/widgets.py" line="112"/>
        <source>DEMO – fiktive data. Må ikke bruges til rigtige patienter.</source>
        <translation>DEMO – fictional data. Not for real patients.</translation>
    </message>
</context>
<context>
    <name>EntryField</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_fields.py" line="102"/>
        <source>Tast J (ja) eller N (nej).</source>
        <translation>Press Y (yes) or N (no).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lbp_desktop/ui/workspace/paper_fields.py" line="108"/>
        <source>Tast tallet ud for svaret (1–%n).</source>
        <translation>
            <numerusform>Press the number next to the answer (1–%n).</numerusform>
            <numerusform>Press the number next to the answer (1–%n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_fields.py" line="114"/>
        <source>Tast et tal fra 0 til 10.</source>
        <translation>Type a number from 0 to 10.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_fields.py" line="137"/>
        <location filename="../../lbp_desktop/ui/workspace/paper_fields.py" line="155"/>
        <source>Tast et helt tal fra %1 til %2.</source>
        <translation>Type a whole number from %1 to %2.</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_fields.py" line="215"/>
        <source>Ikke besvaret</source>
        <translation>Not answered</translation>
    </message>
</context>
<context>
    <name>EpisodeView</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="60"/>
        <source>← Arbejdsliste</source>
        <translation>← Worklist</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="74"/>
        <source>Send til tablet</source>
        <translation>Send to tablet</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="77"/>
        <source>Send til venteværelsets tablet</source>
        <translation>Send to the waiting-room tablet</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="79"/>
        <source>Spørgeskemaet venter på en parret tablet i venteværelset; denne pc bliver ved med at være din arbejdsplads.</source>
        <translation>The questionnaire waits for a paired tablet in the waiting room; this PC stays your workspace.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="88"/>
        <source>Papirskema</source>
        <translation>Paper form</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="91"/>
        <source>Udskriv spørgeskema …</source>
        <translation>Print questionnaire …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="92"/>
        <source>Indtast papirsvar …</source>
        <translation>Enter paper answers …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="93"/>
        <source>Dobbeltindtast papirsvar …</source>
        <translation>Double-enter paper answers …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="98"/>
        <source>Lav epikrise</source>
        <translation>Make letter</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="153"/>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="154"/>
        <source>Alle svar</source>
        <translation>All answers</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="155"/>
        <source>Udvikling</source>
        <translation>Change over time</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="187"/>
        <source>(fiktiv)</source>
        <translation>(fictional)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="188"/>
        <source>mand</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="188"/>
        <source>kvinde</source>
        <translation>female</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="191"/>
        <source>%n år</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="195"/>
        <source>Behandler: </source>
        <translation>Clinician: </translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="197"/>
        <source>Sagsbehandler: </source>
        <translation>Caseworker: </translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="201"/>
        <source>Henvist %1 af %2</source>
        <translation>Referred %1 by %2</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="237"/>
        <source>Tabletten er i gang</source>
        <translation>The tablet is in progress</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="239"/>
        <source>Sendt – afventer tablet</source>
        <translation>Sent – waiting for the tablet</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="241"/>
        <source>Tablettjenesten er stoppet (Administration → Tablets).</source>
        <translation>The tablet service is stopped (Administration → Tablets).</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="253"/>
        <source>Papirsvar afventer dobbeltindtastning af en kollega</source>
        <translation>Paper answers await a colleague’s double entry</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="255"/>
        <source>Seneste spørgeskema er besvaret på papir, indtastet af %1</source>
        <translation>Latest questionnaire answered on paper, typed in by %1</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="298"/>
        <source>Undersøgelse og plan</source>
        <translation>Examination and plan</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="132"/>
        <source>Registrér håndtering …</source>
        <translation>Record handling …</translation>
    </message>
</context>
<context>
    <name>ExamForm</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="85"/>
        <source>Kliniske fund</source>
        <translation>Clinical findings</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="90"/>
        <source>Reflekser, sensibilitet, kraft</source>
        <translation>Reflexes, sensation, strength</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="93"/>
        <source>negativ</source>
        <translation>negative</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="94"/>
        <source>positiv venstre</source>
        <translation>positive left</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="94"/>
        <source>positiv højre</source>
        <translation>positive right</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="95"/>
        <source>positiv begge sider</source>
        <translation>positive both sides</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="98"/>
        <source>fx ved 40°</source>
        <translation>e.g. at 40°</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="105"/>
        <source>Neurologi</source>
        <translation>Neurology</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="106"/>
        <source>Lasègue (SLR)</source>
        <translation>Straight-leg raise (SLR)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="107"/>
        <source>Bevægelighed</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="108"/>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="114"/>
        <source>Røde flag: fund og handling</source>
        <translation>Red flags: findings and action</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="119"/>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="93"/>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="124"/>
        <source>(vælg)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="131"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="132"/>
        <source>Fritekst</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="133"/>
        <source>Information givet</source>
        <translation>Information given</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="138"/>
        <source>Anbefalet plan</source>
        <translation>Recommended plan</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="151"/>
        <source>Gendan forslag</source>
        <translation>Restore suggestion</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="157"/>
        <source>Planen med egne ord (kommer med i epikrisen)</source>
        <translation>The plan in your own words (goes into the letter)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="161"/>
        <source>Opfølgning og modtagere</source>
        <translation>Follow-up and recipients</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="166"/>
        <source>Hvem følger op, og hvornår</source>
        <translation>Who follows up, and when</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="168"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="170"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="187"/>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="188"/>
        <source>Opfølgning hos egen læge anbefales</source>
        <translation>GP follow-up recommended</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="189"/>
        <source>Modtagere</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="201"/>
        <source>Gem undersøgelse og plan</source>
        <translation>Save examination and plan</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="205"/>
        <source>Gem (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="206"/>
        <source>Gem og lav epikrise</source>
        <translation>Save and make letter</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="232"/>
        <source>Forslag ud fra STarT-risikogruppe (%1)</source>
        <translation>Suggested from the STarT risk group (%1)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="235"/>
        <source>akutte røde flag</source>
        <translation>acute red flags</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="237"/>
        <source>sygemelding</source>
        <translation>sick leave</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="239"/>
        <source>MDI</source>
        <translation>MDI</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="240"/>
        <source>Ret til efter undersøgelsen.</source>
        <translation>Adjust after the examination.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="248"/>
        <source>Ikke gemt endnu.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="268"/>
        <source>Gemt %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="326"/>
        <source>Gemt ✓ %1</source>
        <translation>Saved ✓ %1</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="74"/>
        <source>Epikrise</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="79"/>
        <source>Epikrise – forhåndsvisning</source>
        <translation>Letter – preview</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="81"/>
        <source>Modtager</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="99"/>
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="101"/>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="103"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="105"/>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="188"/>
        <source>Godkend epikrise</source>
        <translation>Approve letter</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="140"/>
        <source>Epikrisen kunne ikke vises her. Gem den som PDF og åbn den i en PDF-læser.</source>
        <translation>The letter cannot be shown here. Save it as PDF and open it in a PDF reader.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="143"/>
        <source>Udskrift kræver forhåndsvisning.</source>
        <translation>Printing needs the preview.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="149"/>
        <source>Side %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="159"/>
        <source>Epikrisen er et udkast, indtil den godkendes. En godkendt epikrise kan ikke ændres; en rettelse bliver en ny version.</source>
        <translation>The letter is a draft until approved. An approved letter cannot be changed; a correction becomes a new version.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="165"/>
        <source>Advarsel: skrifttypen kan ikke vise %1. Tegnene står i brevet som [U+…]. Ret teksten, eller godkend alligevel.</source>
        <translation>Warning: the font cannot show %1. These characters appear in the letter as [U+…]. Correct the text, or approve anyway.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="196"/>
        <source>Brevet indeholder tegn, som skrifttypen ikke kan vise: %1. De står i brevet som [U+…]. Godkend alligevel?</source>
        <translation>The letter contains characters the font cannot show: %1. They appear in the letter as [U+…]. Approve anyway?</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="222"/>
        <source>Godkendt som version %1.</source>
        <translation>Approved as version %1.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="232"/>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="240"/>
        <source>Gem epikrise</source>
        <translation>Save letter</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="233"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="246"/>
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="247"/>
        <source>Udskrift er ikke tilgængelig i denne installation. Gem som PDF og udskriv derfra.</source>
        <translation>Printing is not available in this installation. Save as PDF and print from there.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="154"/>
        <source>Kræver en gemt undersøgelse med vurdering og plan.</source>
        <translation>Needs a saved examination with assessment and plan.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="156"/>
        <source>UDKAST: der er endnu ingen undersøgelse med vurdering og plan. Epikrisen kan ikke godkendes før den er gemt.</source>
        <translation>DRAFT: there is no examination with assessment and plan yet. The letter cannot be approved until it is saved.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="176"/>
        <source>Brevet kan ikke laves: der er ikke angivet en sagsbehandler i forløbet. Angiv sagsbehandleren under henvisningen først.</source>
        <translation>The letter cannot be made: no caseworker is recorded for this episode. Add the caseworker to the referral first.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="189"/>
        <source>Godkend epikrisen til %1?</source>
        <translation>Approve the letter to %1?</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="191"/>
        <source>En godkendt epikrise er endelig og kan ikke ændres bagefter. En rettelse bliver en ny version.</source>
        <translation>An approved letter is final and cannot be changed afterwards. A correction becomes a new version.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="198"/>
        <source>Godkend</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="200"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="176"/>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="210"/>
        <source>Skærmen er låst</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="183"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="191"/>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="213"/>
        <source>Skift bruger</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="193"/>
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="216"/>
        <source>Låst af %1 (%2). Indtast adgangskoden for at fortsætte.</source>
        <translation>Locked by %1 (%2). Enter the password to continue.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="223"/>
        <source>Du er logget ud</source>
        <translation>You are signed out</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="224"/>
        <source>Log ind for at fortsætte.</source>
        <translation>Sign in to continue.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="229"/>
        <source>Log ind</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="242"/>
        <source>Forkert adgangskode.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="34"/>
        <source>For mange forkerte forsøg. Prøv igen om %1 s.</source>
        <translation>Too many wrong attempts. Try again in %1 s.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="36"/>
        <source>Prøv igen om %1 s.</source>
        <translation>Try again in %1 s.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="79"/>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="91"/>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="117"/>
        <source>Log ind</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="95"/>
        <source>Demo: brugernavn demo, adgangskode demo</source>
        <translation>Demo: username demo, password demo</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="104"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="105"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="115"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="148"/>
        <source>Forkert brugernavn eller adgangskode, eller kontoen er deaktiveret.</source>
        <translation>Wrong username or password, or the account is deactivated.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="64"/>
        <source>Arbejdsplads</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="107"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="108"/>
        <source>Om</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="109"/>
        <source>Lås skærm</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="110"/>
        <source>Log ud</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="122"/>
        <source>Låst</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="122"/>
        <source>Logget ud</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="124"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="127"/>
        <source>Behandler</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="127"/>
        <source>Sekretær</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="149"/>
        <source>Vis på arbejdslisten</source>
        <translation>Show in the worklist</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="163"/>
        <source>⚠ AKUT rødt flag hos en patient. Lås skærmen op for at se det.</source>
        <translation>⚠ ACUTE red flag for a patient. Unlock the screen to see it.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="168"/>
        <source>(+%1 flere)</source>
        <translation>(+%1 more)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="344"/>
        <source>Patienttilstand</source>
        <translation>Patient mode</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="379"/>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="388"/>
        <source>Epikrise</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="380"/>
        <source>Gem undersøgelse og plan først – epikrisen bygger på dem.</source>
        <translation>Save the examination and plan first – the letter is built from them.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="389"/>
        <source>Epikrise-modulet er ikke installeret.</source>
        <translation>The letter module is not installed.</translation>
    </message>
</context>
<context>
    <name>MdiCard</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="193"/>
        <source>Depression (MDI)</source>
        <translation>Depression (MDI)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="205"/>
        <source>Sum %1/50: %2</source>
        <translation>Sum %1/50: %2</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="214"/>
        <source>Ufuldstændigt besvaret – ingen sum.</source>
        <translation>Incomplete – no sum.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="223"/>
        <source>Spørgsmål 6 (livet ikke værd at leve): %1 – tal med patienten i dag.</source>
        <translation>Item 6 (life not worth living): %1 – talk to the patient today.</translation>
    </message>
</context>
<context>
    <name>MedCom</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="45"/>
        <source>ikke sendt</source>
        <translation>not sent</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="46"/>
        <source>sendt, afventer kvittering</source>
        <translation>sent, awaiting acknowledgement</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="47"/>
        <source>modtaget (kvitteret)</source>
        <translation>received (acknowledged)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="48"/>
        <source>midlertidig fejl</source>
        <translation>temporary error</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="49"/>
        <source>afvist</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="57"/>
        <source>MedCom: sendt</source>
        <translation>MedCom: sent</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="58"/>
        <source>MedCom: kvitteret</source>
        <translation>MedCom: acknowledged</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="59"/>
        <source>MedCom: fejl, send igen</source>
        <translation>MedCom: error, send again</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="60"/>
        <source>MedCom: afvist</source>
        <translation>MedCom: rejected</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="67"/>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="94"/>
        <source>SOR-id</source>
        <translation>SOR id</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="68"/>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="95"/>
        <source>EAN-lokationsnummer</source>
        <translation>EAN location number</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="70"/>
        <source>%1 mangler.</source>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="72"/>
        <source>%1 skal være 6–18 cifre.</source>
        <translation>%1 must be 6–18 digits.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="73"/>
        <source>%1 skal være 13 cifre.</source>
        <translation>%1 must be 13 digits.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="74"/>
        <source>%1 har et forkert kontrolciffer – tjek tallet.</source>
        <translation>%1 has a wrong check digit – check the number.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="87"/>
        <source>fx 265161000016000</source>
        <translation>e.g. 265161000016000</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="90"/>
        <source>13 cifre, fx 5790000209354</source>
        <translation>13 digits, e.g. 5790000209354</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="131"/>
        <source>MedCom-udbakke</source>
        <translation>MedCom outbox</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="132"/>
        <source>MedCom-indbakke</source>
        <translation>MedCom inbox</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="135"/>
        <source>Vælg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="147"/>
        <source>Vælg mappe</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="158"/>
        <source>Mappen %1 findes ikke.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="187"/>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="240"/>
        <source>Send til egen læge (MedCom)</source>
        <translation>Send to GP (MedCom)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="213"/>
        <source>Modtager: egen læge – SOR-id eller EAN-lokationsnummer mangler (ret henvisningen).</source>
        <translation>Recipient: GP – SOR id or EAN location number missing (edit the referral).</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="217"/>
        <source>(testværdi)</source>
        <translation>(test value)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="220"/>
        <source>Modtager: %1 · SOR %2 · EAN %3</source>
        <translation>Recipient: %1 · SOR %2 · EAN %3</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="229"/>
        <source>Epikrise til egen læge, version %1 – MedCom: %2</source>
        <translation>Letter to GP, version %1 – MedCom: %2</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="238"/>
        <source>Send igen (MedCom)</source>
        <translation>Send again (MedCom)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="273"/>
        <source>Ikke sendt: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="281"/>
        <source>Akut rødt flag: brug den akutte vej (telefon eller akut henvisning). En korrespondancemeddelelse må ikke bruges til akutte forhold.</source>
        <translation>Acute red flag: use the acute route (phone or acute referral). A CareCommunication must not be used for acute matters.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="284"/>
        <source>Der er ingen godkendt epikrise til egen læge.</source>
        <translation>There is no approved letter to the GP.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="285"/>
        <source>Egen læges SOR-id eller EAN-lokationsnummer mangler – ret henvisningen.</source>
        <translation>The GP&apos;s SOR id or EAN location number is missing – edit the referral.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="287"/>
        <source>Klinikkens SOR-id eller EAN-lokationsnummer mangler – se Administration.</source>
        <translation>The clinic&apos;s SOR id or EAN location number is missing – see Administration.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="290"/>
        <source>Denne version af epikrisen er allerede sendt.</source>
        <translation>This version of the letter has already been sent.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/medcom_ui.py" line="291"/>
        <source>Der er ingen udbakke-mappe til MedCom – se Administration.</source>
        <translation>No MedCom outbox folder is set – see Administration.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="47"/>
        <source>Ny bruger</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="58"/>
        <source>fx fysioterapeut, kiropraktor</source>
        <translation>e.g. physiotherapist, chiropractor</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="60"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="61"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="62"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="63"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="64"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="65"/>
        <source>Autorisations-ID</source>
        <translation>Authorisation id</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="72"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="74"/>
        <source>Opret</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="85"/>
        <source>Skriv navn og brugernavn.</source>
        <translation>Enter name and username.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="88"/>
        <source>Adgangskoden skal have mindst 8 tegn.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="76"/>
        <source>Der er endnu ingen udfyldte spørgeskemaer i dette forløb.</source>
        <translation>There are no completed questionnaires in this episode yet.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="78"/>
        <source>Et skema er i gang på tabletten.</source>
        <translation>A questionnaire is in progress on the tablet.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="80"/>
        <source>Brug »Send til tablet« for at lade patienten udfylde det.</source>
        <translation>Use &quot;Send to tablet&quot; to let the patient fill it in.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="81"/>
        <source>Spørgeskema</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="109"/>
        <source>1 skema i forløbet</source>
        <translation>1 questionnaire in the episode</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="110"/>
        <source>%1 skemaer i forløbet</source>
        <translation>%1 questionnaires in the episode</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="111"/>
        <source>Seneste udfyldte skema: %1</source>
        <translation>Latest questionnaire: %1</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="138"/>
        <source>STarT Back</source>
        <translation>STarT Back</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="141"/>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="176"/>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="211"/>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="240"/>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="271"/>
        <source>Ikke besvaret.</source>
        <translation>Not answered.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="151"/>
        <source>Total %1/9 · psykosocial delscore %2/5</source>
        <translation>Total %1/9 · psychosocial subscale %2/5</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="157"/>
        <source>Ufuldstændigt besvaret – ingen risikogruppe.</source>
        <translation>Incomplete – no risk group.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="164"/>
        <source>Matchet behandling: </source>
        <translation>Matched treatment: </translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="174"/>
        <source>Smerter (NRS 0–10)</source>
        <translation>Pain (NRS 0–10)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="178"/>
        <source>Rygsmerter nu</source>
        <translation>Back pain now</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="179"/>
        <source>Rygsmerter, gennemsnit uge</source>
        <translation>Back pain, average week</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="180"/>
        <source>Bensmerter nu</source>
        <translation>Leg pain now</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="181"/>
        <source>Bensmerter, gennemsnit uge</source>
        <translation>Leg pain, average week</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="188"/>
        <source>til under knæet</source>
        <translation>below the knee</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="189"/>
        <source>Udstråling</source>
        <translation>Radiation</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="193"/>
        <source>Funktion og psykosocial screening</source>
        <translation>Function and psychosocial screening</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="199"/>
        <source>(omregnet for manglende svar)</source>
        <translation>(prorated for missing answers)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="200"/>
        <source>Roland-Morris (RMDQ)</source>
        <translation>Roland-Morris (RMDQ)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="207"/>
        <source>forhøjet risiko (≥ %1)</source>
        <translation>raised risk (≥ %1)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="209"/>
        <source>Örebro (ÖMPSQ-10)</source>
        <translation>Örebro (ÖMPSQ-10)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="235"/>
        <source>Domæneprofil (Örebro, byrde 0–10)</source>
        <translation>Domain profile (Örebro, burden 0–10)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="261"/>
        <source>Ingen belastning i profilen.</source>
        <translation>No burden in the profile.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="269"/>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="274"/>
        <source>Arbejde</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="275"/>
        <source>ansat</source>
        <translation>employed</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="275"/>
        <source>selvstændig</source>
        <translation>self-employed</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="276"/>
        <source>ledig</source>
        <translation>unemployed</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="276"/>
        <source>studerende</source>
        <translation>student</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="277"/>
        <source>pensionist</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="277"/>
        <source>andet</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="279"/>
        <source>Beskæftigelse</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="282"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="282"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="285"/>
        <source>1 uge</source>
        <translation>1 week</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="286"/>
        <source>%1 uger</source>
        <translation>%1 weeks</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="287"/>
        <source>Sygemeldt</source>
        <translation>Sick-listed</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_overview.py" line="290"/>
        <source>Patientens mål</source>
        <translation>Patient&apos;s goal</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/pairing.py" line="80"/>
        <location filename="../../lbp_desktop/ui/workspace/pairing.py" line="93"/>
        <source>Par ny tablet</source>
        <translation>Pair a new tablet</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/pairing.py" line="95"/>
        <source>Start tabletten med »lbp-desktop --kiosk --hub ADRESSE«, og skriv koden, adressen og fingeraftrykket – eller scan QR-koden. Koden virker én gang.</source>
        <translation>Start the tablet with “lbp-desktop --kiosk --hub ADDRESS” and enter the code, the address and the fingerprint – or scan the QR code. The code works once.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/pairing.py" line="98"/>
        <source>Engangskode</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/pairing.py" line="108"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/pairing.py" line="113"/>
        <source>Certifikatets fingeraftryk (SHA-256)</source>
        <translation>Certificate fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/pairing.py" line="119"/>
        <source>Tabletten skal mindst have de første 16 tegn: %1</source>
        <translation>The tablet needs at least the first 16 characters: %1</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/pairing.py" line="125"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/pairing.py" line="134"/>
        <source>QR-kode til parring</source>
        <translation>QR code for pairing</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/pairing.py" line="137"/>
        <source>Scan med tabletten</source>
        <translation>Scan with the tablet</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/pairing.py" line="172"/>
        <source>Tabletten »%1« er parret.</source>
        <translation>The tablet “%1” is paired.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/pairing.py" line="181"/>
        <source>Koden er udløbet. Luk og start en ny parring.</source>
        <translation>The code has expired. Close and start a new pairing.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/pairing.py" line="186"/>
        <source>Gyldig i %1:%2 endnu</source>
        <translation>Valid for %1:%2 more</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="155"/>
        <source>Gem spørgeskema</source>
        <translation>Save questionnaire</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="194"/>
        <source>Svarene er gemt. De tæller med, når en kollega har indtastet arket igen, og eventuelle forskelle er afklaret.</source>
        <translation>The answers are saved. They count once a colleague has typed the sheet in again and any differences are settled.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="204"/>
        <source>Dobbeltindtastningen skal laves af en anden end den, der indtastede første gang.</source>
        <translation>The double entry must be made by someone other than the person who typed it the first time.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="217"/>
        <source>De to indtastninger er ens. Spørgeskemaet er gemt og scoret.</source>
        <translation>The two entries agree. The questionnaire is saved and scored.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="221"/>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="224"/>
        <source>Papirsvar</source>
        <translation>Paper answers</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_entry.py" line="52"/>
        <source>Indtast papirsvar</source>
        <translation>Enter paper answers</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_entry.py" line="53"/>
        <source>Dobbeltindtastning (blind)</source>
        <translation>Double entry (blind)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_entry.py" line="59"/>
        <source>Tast tallet ud for svaret, J/N for ja/nej, eller et tal fra 0 til 10; feltet går videre af sig selv. Tab og Shift+Tab flytter. Backspace sletter et svar. Alt gemmes med det samme.</source>
        <translation>Press the number next to the answer, Y/N for yes/no, or a number from 0 to 10; the field moves on by itself. Tab and Shift+Tab move. Backspace clears an answer. Everything is saved at once.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_entry.py" line="63"/>
        <source>Den første indtastning vises ikke; forskelle vises bagefter.</source>
        <translation>The first entry is not shown; differences are shown afterwards.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_entry.py" line="86"/>
        <source>Luk – fortsæt senere</source>
        <translation>Close – continue later</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_entry.py" line="88"/>
        <source>Afslut indtastning</source>
        <translation>Finish entry</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lbp_desktop/ui/workspace/paper_entry.py" line="164"/>
        <source>%n spørgsmål ikke besvaret</source>
        <translation>
            <numerusform>%n question not answered</numerusform>
            <numerusform>%n questions not answered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_entry.py" line="165"/>
        <source>Alle spørgsmål er besvaret</source>
        <translation>All questions are answered</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_entry.py" line="182"/>
        <source>Ubesvarede spørgsmål</source>
        <translation>Unanswered questions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lbp_desktop/ui/workspace/paper_entry.py" line="183"/>
        <source>%n spørgsmål er ikke besvaret på papiret. De vises som ikke besvaret i resultater og epikrise.</source>
        <translation>
            <numerusform>%n question is not answered on the paper. It shows as not answered in the results and the letter.</numerusform>
            <numerusform>%n questions are not answered on the paper. They show as not answered in the results and the letter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_entry.py" line="186"/>
        <source>Afslut alligevel</source>
        <translation>Finish anyway</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_entry.py" line="187"/>
        <source>Tilbage til indtastning</source>
        <translation>Back to entry</translation>
    </message>
</context>
<context>
    <name>ProfileChart</name>
    <message>
        <location filename="../../lbp_desktop/ui/common/profile_chart.py" line="34"/>
        <source>Domæneprofil</source>
        <translation>Domain profile</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location filename="../../lbp_desktop/ui/app.py" line="134"/>
        <source>Databasenøgle mangler</source>
        <translation>Database key missing</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/app.py" line="135"/>
        <source>Nøglen til databasen findes ikke på denne computer.
Indtast gendannelsesnøglen (ABCD-EFGH-…):</source>
        <translation>The database key is not on this computer.
Enter the recovery key (ABCD-EFGH-…):</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/app.py" line="148"/>
        <source>Forkert nøgle</source>
        <translation>Wrong key</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="133"/>
        <source>Gendannelsesnøgle</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="134"/>
        <source>Vises kun denne ene gang.</source>
        <translation>Shown this one time only.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="138"/>
        <source>Databasen er krypteret. Nøglen ligger i computerens nøglering. Hvis computeren udskiftes eller nøglen mistes, kan data kun åbnes med denne gendannelsesnøgle. Skriv den ned, og opbevar den et sikkert sted – ikke på denne computer.</source>
        <translation>The database is encrypted. Its key is in this computer&apos;s keyring. If the computer is replaced or the key is lost, the data can only be opened with this recovery key. Write it down and keep it somewhere safe – not on this computer.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="153"/>
        <source>Jeg har skrevet gendannelsesnøglen ned</source>
        <translation>I have written the recovery key down</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="161"/>
        <source>(ingen – databasen er ikke krypteret)</source>
        <translation>(none – the database is not encrypted)</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="60"/>
        <source>Akut rødt flag håndteret</source>
        <translation>Acute red flag handled</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="61"/>
        <source>%1 af %2: %3</source>
        <translation>%1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="65"/>
        <source>alarm fra et svar</source>
        <translation>alert from an answer</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="67"/>
        <source>AKUT RØDT FLAG</source>
        <translation>ACUTE RED FLAG</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="71"/>
        <source>Ikke besvaret</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="249"/>
        <source>Dansk ordlyd ikke valideret mod den publicerede version (scoren er vejledende): %1</source>
        <translation>Danish wording not validated against the published version (the score is indicative): %1</translation>
    </message>
</context>
<context>
    <name>RedFlagsCard</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="94"/>
        <source>Røde flag</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="100"/>
        <source>AKUT</source>
        <translation>ACUTE</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="104"/>
        <source>Ikke besvaret</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="117"/>
        <source>Svaret «ved ikke» (regnet som ja)</source>
        <translation>Answered “don&apos;t know” (counted as yes)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="131"/>
        <source>Håndteret %1 af %2: %3</source>
        <translation>Handled %1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="150"/>
        <source>Alder ved debut kan ikke afgøres ud fra svarene – spørg patienten (%1 år nu).</source>
        <translation>Age at onset cannot be decided from the answers – ask the patient (%1 years now).</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="153"/>
        <source>%1 år ved debut</source>
        <translation>%1 years at onset</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="155"/>
        <source>højst %1 år ved debut</source>
        <translation>at most %1 years at onset</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="157"/>
        <source>%1–%2 år ved debut</source>
        <translation>%1–%2 years at onset</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="159"/>
        <source>ud fra CPR-nr. og smertevarighed</source>
        <translation>from the CPR number and the pain duration</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="160"/>
        <source>ud fra CPR-nr. og debutdato</source>
        <translation>from the CPR number and the onset date</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="161"/>
        <source>smertevarighed ikke besvaret</source>
        <translation>pain duration not answered</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="163"/>
        <source>Alder ved debut under 20 eller over 55 år</source>
        <translation>Age at onset under 20 or over 55</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/clinical_widgets.py" line="165"/>
        <source>Intet aldersflag</source>
        <translation>No age flag</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="41"/>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="47"/>
        <source>Registrér patient og henvisning</source>
        <translation>Register patient and referral</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="54"/>
        <source>DDMMÅÅ-XXXX</source>
        <translation>DDMMYY-XXXX</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="60"/>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="62"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="65"/>
        <source>Henvisning</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="78"/>
        <source>(ingen endnu)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="87"/>
        <source>Navn, kommune (valgfrit)</source>
        <translation>Name, municipality (optional)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="88"/>
        <source>Egen læge</source>
        <translation>GP</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="89"/>
        <source>Lægens klinik</source>
        <translation>GP&apos;s clinic</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="90"/>
        <source>Klinikkens adresse</source>
        <translation>Clinic address</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="94"/>
        <source>Klinikkens MedCom-adresse</source>
        <translation>Clinic&apos;s MedCom address</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="95"/>
        <source>Henvisningsdato</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="96"/>
        <source>Henvisningsårsag</source>
        <translation>Reason for referral</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="97"/>
        <source>Behandler</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="98"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="107"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="109"/>
        <source>Registrér</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="122"/>
        <source>CPR-nummeret skal have formen DDMMÅÅ-XXXX (10 tegn).</source>
        <translation>The CPR number must look like DDMMYY-XXXX (10 characters).</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="123"/>
        <source>Fødselsdatoen i CPR-nummeret findes ikke.</source>
        <translation>The birth date in the CPR number does not exist.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="124"/>
        <source>Fødselsdatoen i CPR-nummeret ligger i fremtiden.</source>
        <translation>The birth date in the CPR number lies in the future.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="125"/>
        <source>CPR-nummeret er ugyldigt.</source>
        <translation>The CPR number is not valid.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="143"/>
        <source>Skriv CPR-nummer eller erstatnings-CPR.</source>
        <translation>Enter a CPR number or replacement number.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="151"/>
        <source>Skriv alle 10 tegn.</source>
        <translation>Enter all 10 characters.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="155"/>
        <source>mand</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="155"/>
        <source>kvinde</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="156"/>
        <source>køn ukendt</source>
        <translation>sex unknown</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="157"/>
        <source>Født %1, %2</source>
        <translation>Born %1, %2</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="160"/>
        <source>erstatnings-CPR</source>
        <translation>replacement CPR</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="166"/>
        <source>Patienten findes allerede – der oprettes et nyt forløb for den eksisterende patient.</source>
        <translation>The patient already exists – a new episode is created for them.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="183"/>
        <source>Ret CPR-nummeret, før du registrerer.</source>
        <translation>Correct the CPR number before registering.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="189"/>
        <source>Skriv patientens navn.</source>
        <translation>Enter the patient&apos;s name.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="175"/>
        <source>Opsætning</source>
        <translation>Setup</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="185"/>
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="186"/>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="187"/>
        <source>Færdig</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="188"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StartPaperDialog</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="53"/>
        <source>Indtast papirsvar</source>
        <translation>Enter paper answers</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="55"/>
        <source>Hvilket spørgeskema har patienten udfyldt på papir?</source>
        <translation>Which questionnaire did the patient fill in on paper?</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="65"/>
        <source>Dobbeltindtastning: en kollega indtaster arket igen uden at se mine svar</source>
        <translation>Double entry: a colleague types the sheet in again without seeing my answers</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="69"/>
        <source>Begynd indtastning</source>
        <translation>Start entry</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/paper_flow.py" line="70"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TabletsPage</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="91"/>
        <source>Tablettjenesten på denne pc</source>
        <translation>The tablet service on this PC</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="94"/>
        <source>Tablets i venteværelset henter spørgeskemaet her og sender svarene hertil over klinikkens netværk (HTTPS). Tjenesten kører, så længe programmet er åbent.</source>
        <translation>Waiting-room tablets fetch the questionnaire from here and send the answers here over the clinic network (HTTPS). The service runs while the program is open.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="102"/>
        <source>0.0.0.0 = alle netværkskort på denne pc</source>
        <translation>0.0.0.0 = every network adapter of this PC</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="105"/>
        <source>0 = vælg en ledig port automatisk</source>
        <translation>0 = pick a free port automatically</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="108"/>
        <source>Lyt på adresse</source>
        <translation>Listen on address</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="109"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="112"/>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="140"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="115"/>
        <source>Adresse til tablets</source>
        <translation>Address for tablets</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="119"/>
        <source>Certifikatets fingeraftryk</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="122"/>
        <source>Start tablettjenesten</source>
        <translation>Start the tablet service</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="126"/>
        <source>Stop tablettjenesten</source>
        <translation>Stop the tablet service</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="135"/>
        <source>Parrede tablets</source>
        <translation>Paired tablets</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="139"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="139"/>
        <source>Parret</source>
        <translation>Paired</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="140"/>
        <source>Sidst set</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="151"/>
        <source>Ingen tablets er parret endnu. Start tablettjenesten, og tryk »Par ny tablet …«.</source>
        <translation>No tablets are paired yet. Start the tablet service and press “Pair a new tablet …”.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="155"/>
        <source>Par ny tablet …</source>
        <translation>Pair a new tablet …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="158"/>
        <source>Tilbagekald …</source>
        <translation>Revoke …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="161"/>
        <source>Opdatér</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="180"/>
        <source>Tablettjenesten</source>
        <translation>Tablet service</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="181"/>
        <source>»%1« er ikke en gyldig adresse. Brug 0.0.0.0 for alle netværkskort.</source>
        <translation>“%1” is not a valid address. Use 0.0.0.0 for every network adapter.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="194"/>
        <source>Et øjeblik …</source>
        <translation>One moment …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="196"/>
        <source>Kører – lytter på %1, port %2</source>
        <translation>Running – listening on %1, port %2</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="199"/>
        <source>Kunne ikke starte: %1</source>
        <translation>Could not start: %1</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="201"/>
        <source>Stoppet – tablets kan ikke hente spørgeskemaer.</source>
        <translation>Stopped – tablets cannot fetch questionnaires.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="226"/>
        <source>Tilbagekaldt %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="227"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="251"/>
        <source>Start tablettjenesten først.</source>
        <translation>Start the tablet service first.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="273"/>
        <source>Tilbagekald tablet</source>
        <translation>Revoke tablet</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/tablets.py" line="274"/>
        <source>Tilbagekald »%1«? Tabletten afvises fra sin næste forespørgsel og skal parres igen for at kunne bruges. Svar, den endnu ikke har sendt, bliver liggende på tabletten.</source>
        <translation>Revoke “%1”? The tablet is refused from its next request and must be paired again to be used. Answers it has not sent yet stay on the tablet.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="356"/>
        <source>MDI spørgsmål 6: tanker om at livet ikke er værd at leve – tal med patienten i dag</source>
        <translation>MDI item 6: thoughts that life is not worth living – talk with the patient today</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="18"/>
        <source>Registreret</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="19"/>
        <source>Afventer skema</source>
        <translation>Questionnaire pending</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="20"/>
        <source>Skema udfyldt</source>
        <translation>Questionnaire completed</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="21"/>
        <source>Undersøgt</source>
        <translation>Examined</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="22"/>
        <source>Epikrise sendt</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="23"/>
        <source>Afsluttet</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="29"/>
        <source>ikke sendt</source>
        <translation>not sent</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="30"/>
        <source>afventer</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="31"/>
        <source>i gang</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="32"/>
        <source>udfyldt</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="39"/>
        <source>Ingen vurdering</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="55"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="56"/>
        <source>Behandler</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="57"/>
        <source>Sekretær</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="63"/>
        <source>Egen læge</source>
        <translation>GP</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="64"/>
        <source>Kommunal sagsbehandler</source>
        <translation>Municipal caseworker</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="65"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="76"/>
        <source>ingen bensmerter</source>
        <translation>no leg pain</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="77"/>
        <source>venstre ben</source>
        <translation>left leg</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="78"/>
        <source>højre ben</source>
        <translation>right leg</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="79"/>
        <source>begge ben</source>
        <translation>both legs</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="85"/>
        <source>⚠ AKUT</source>
        <translation>⚠ ACUTE</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="86"/>
        <source>⚑ flag</source>
        <translation>⚑ flag</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/texts.py" line="87"/>
        <source>⚠ ubesvaret</source>
        <translation>⚠ unanswered</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="187"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="187"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="187"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="187"/>
        <source>Skema</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="188"/>
        <source>STarT-risiko</source>
        <translation>STarT risk</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="188"/>
        <source>Røde flag</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="188"/>
        <source>Henvist</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="189"/>
        <source>Behandler</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="218"/>
        <source>(fiktiv)</source>
        <translation>(fictional)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="225"/>
        <source>i gang (%1/%2)</source>
        <translation>in progress (%1/%2)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="256"/>
        <source>Epikrise til egen læge, MedCom: %1</source>
        <translation>Letter to GP, MedCom: %1</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="262"/>
        <source>Akut rødt flag – se patienten nu</source>
        <translation>Acute red flag – see the patient now</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="264"/>
        <source>Spørgsmål om akut rødt flag ikke besvaret – spørg patienten</source>
        <translation>Acute red-flag question not answered – ask the patient</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="454"/>
        <source>Arbejdsliste</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="458"/>
        <source>Søg navn eller CPR …</source>
        <translation>Search name or CPR …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="462"/>
        <source>Kun åbne forløb</source>
        <translation>Open episodes only</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="465"/>
        <source>+ Registrér patient</source>
        <translation>+ Register patient</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="526"/>
        <source>%n forløb</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
</context>
</TS>
