<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="21"/>
        <source>Om lbp-desktop</source>
        <translation>About lbp-desktop</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="26"/>
        <source>Spørgeskema, scoring og epikrise til forløbsprogrammet for lænderygsmerter. Open source (MIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="35"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="48"/>
        <source>dansk</source>
        <translation>Danish</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/about.py" line="48"/>
        <source>engelsk</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="111"/>
        <source>← Arbejdsliste</source>
        <translation>← Worklist</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="114"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="123"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="123"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="123"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="124"/>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="124"/>
        <source>Aktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="128"/>
        <source>Ny bruger …</source>
        <translation>New user …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="130"/>
        <source>Deaktivér / aktivér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="136"/>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="227"/>
        <source>Brugere</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="147"/>
        <source>Klinikkens navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="148"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="149"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="150"/>
        <source>SOR-kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="151"/>
        <source>EAN-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="152"/>
        <source>Gem klinikoplysninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="156"/>
        <source>Klinik</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="161"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="161"/>
        <source>Bruger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="161"/>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="162"/>
        <source>Objekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="162"/>
        <source>Patient-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="162"/>
        <source>Detalje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="165"/>
        <source>Opdatér</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="168"/>
        <source>Revisionslog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="183"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="183"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="228"/>
        <source>Den sidste aktive administrator kan ikke deaktiveres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="58"/>
        <source>Første administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="59"/>
        <source>Administratoren opretter behandlere og sekretærer og kan nulstille adgangskoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="74"/>
        <source>Navn *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="75"/>
        <source>Brugernavn *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="76"/>
        <source>Adgangskode *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="77"/>
        <source>Gentag adgangskode *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="83"/>
        <source>Når du går videre, oprettes den krypterede database og dens nøgle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="98"/>
        <source>Adgangskoden skal have mindst 8 tegn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="101"/>
        <source>De to adgangskoder er ikke ens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertStrip</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="316"/>
        <source>Åbn forløb</source>
        <translation>Open episode</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="319"/>
        <source>Set</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="320"/>
        <source>Skjul advarslen (den står stadig på forløbet)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="46"/>
        <source>Klinikkens navn *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="47"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="48"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../lbp_desktop/ui/common/crash.py" line="105"/>
        <source>Der opstod en fejl</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/crash.py" line="106"/>
        <source>Der skete en uventet fejl. Dine gemte data er ikke berørt.
Prøv igen, og kontakt support, hvis fejlen gentager sig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/common/crash.py" line="110"/>
        <source>En fejlrapport uden patientdata er gemt her:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../lbp_desktop/ui/common/widgets.py" line="105"/>
        <source>DEMO – fiktive data. Må ikke bruges til rigtige patienter.</source>
        <translation>DEMO – fictional data. Not for real patients.</translation>
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
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="75"/>
        <source>Send til tablet</source>
        <translation>Send to tablet</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="78"/>
        <source>Lav epikrise</source>
        <translation>Make letter</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="104"/>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="104"/>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="105"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="124"/>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="125"/>
        <source>Alle svar</source>
        <translation>All answers</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="126"/>
        <source>Udvikling</source>
        <translation>Change over time</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="144"/>
        <source>(fiktiv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="145"/>
        <source>mand</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="145"/>
        <source>kvinde</source>
        <translation>female</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="148"/>
        <source>%n år</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="152"/>
        <source>Behandler: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="154"/>
        <source>Sagsbehandler: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="158"/>
        <source>Henvist %1 af %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="175"/>
        <source>AKUT RØDT FLAG</source>
        <translation>ACUTE RED FLAG</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="199"/>
        <source>Der er endnu ingen udfyldte spørgeskemaer i dette forløb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="201"/>
        <source>Et skema er i gang på tabletten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="203"/>
        <source>Brug »Send til tablet« for at lade patienten udfylde det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="204"/>
        <source>Spørgeskema</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="232"/>
        <source>Seneste udfyldte skema: %1 · %n skema(er) i forløbet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="259"/>
        <source>STarT Back</source>
        <translation>STarT Back</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="262"/>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="293"/>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="325"/>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="384"/>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="415"/>
        <source>Ikke besvaret.</source>
        <translation>Not answered.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="271"/>
        <source>Total %1/9 · psykosocial delscore %2/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="277"/>
        <source>Ufuldstændigt besvaret – ingen risikogruppe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="284"/>
        <source>Matchet behandling: </source>
        <translation>Matched treatment: </translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="291"/>
        <source>Smerter (NRS 0–10)</source>
        <translation>Pain (NRS 0–10)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="295"/>
        <source>Rygsmerter nu</source>
        <translation>Back pain now</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="296"/>
        <source>Rygsmerter, gennemsnit uge</source>
        <translation>Back pain, average week</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="297"/>
        <source>Bensmerter nu</source>
        <translation>Leg pain now</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="298"/>
        <source>Bensmerter, gennemsnit uge</source>
        <translation>Leg pain, average week</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="305"/>
        <source>til under knæet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="306"/>
        <source>Udstråling</source>
        <translation>Radiation</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="310"/>
        <source>Funktion og psykosocial screening</source>
        <translation>Function and psychosocial screening</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="316"/>
        <source>(omregnet for manglende svar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="317"/>
        <source>Roland-Morris (RMDQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="322"/>
        <source>forhøjet risiko (≥ 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="323"/>
        <source>Örebro (ÖMPSQ-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="332"/>
        <source>Depression (MDI)</source>
        <translation>Depression (MDI)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="337"/>
        <source>MDI total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="340"/>
        <source>ICD-10-algoritme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="342"/>
        <source>Spørgsmål 6 (livet ikke værd at leve) ≥ 3 – tal med patienten i dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="352"/>
        <source>Røde flag</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="373"/>
        <source>Ikke alle spørgsmål om røde flag er besvaret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="379"/>
        <source>Domæneprofil (Örebro, byrde 0–10)</source>
        <translation>Domain profile (Örebro, burden 0–10)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="405"/>
        <source>Ingen belastning i profilen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="413"/>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="418"/>
        <source>Arbejde</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="419"/>
        <source>ansat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="419"/>
        <source>selvstændig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="420"/>
        <source>ledig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="420"/>
        <source>studerende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="421"/>
        <source>pensionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="421"/>
        <source>andet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="423"/>
        <source>Beskæftigelse</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="426"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="426"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="428"/>
        <source>%n uge(r)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="429"/>
        <source>Sygemeldt</source>
        <translation>Sick-listed</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="432"/>
        <source>Patientens mål</source>
        <translation>Patient&apos;s goal</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="446"/>
        <source>Skema udfyldt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="488"/>
        <source>%n positive</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="494"/>
        <source>Rygsmerter nu (NRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="495"/>
        <source>Rygsmerter, uge (NRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="496"/>
        <source>Bensmerter nu (NRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="497"/>
        <source>Bensmerter, uge (NRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="498"/>
        <source>Roland-Morris (0–23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="499"/>
        <source>STarT Back risikogruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="500"/>
        <source>STarT Back total (0–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="501"/>
        <source>Örebro total (1–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="502"/>
        <source>MDI total (0–50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="512"/>
        <source>Udvikling vises, når patienten har udfyldt mere end ét skema i forløbet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="515"/>
        <source>Ændring i forhold til første skema (baseline). ★ = klinisk betydende ændring (NRS ≥ 2 point eller ≥ 30 %, RMDQ ≥ 5 point eller ≥ 30 %, skift i STarT-risikogruppe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="520"/>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="521"/>
        <source>Baseline </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="542"/>
        <source>Klinisk betydende forbedring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="543"/>
        <source>Klinisk betydende forværring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/episode_view.py" line="565"/>
        <source>Undersøgelse og plan</source>
        <translation>Examination and plan</translation>
    </message>
</context>
<context>
    <name>ExamForm</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="76"/>
        <source>Kliniske fund</source>
        <translation>Clinical findings</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="81"/>
        <source>Reflekser, sensibilitet, kraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="84"/>
        <source>ikke undersøgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="84"/>
        <source>negativ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="85"/>
        <source>positiv venstre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="85"/>
        <source>positiv højre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="86"/>
        <source>positiv begge sider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="89"/>
        <source>fx ved 40°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="96"/>
        <source>Neurologi</source>
        <translation>Neurology</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="97"/>
        <source>Lasègue (SLR)</source>
        <translation>Straight-leg raise (SLR)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="98"/>
        <source>Bevægelighed</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="99"/>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="105"/>
        <source>Røde flag: fund og handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="110"/>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="115"/>
        <source>(vælg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="122"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="123"/>
        <source>Fritekst</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="124"/>
        <source>Information givet</source>
        <translation>Information given</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="129"/>
        <source>Anbefalet plan</source>
        <translation>Recommended plan</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="142"/>
        <source>Gendan forslag</source>
        <translation>Restore suggestion</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="148"/>
        <source>Planen med egne ord (kommer med i epikrisen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="152"/>
        <source>Opfølgning og modtagere</source>
        <translation>Follow-up and recipients</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="157"/>
        <source>Hvem følger op, og hvornår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="159"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="161"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="178"/>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="179"/>
        <source>Opfølgning hos egen læge anbefales</source>
        <translation>GP follow-up recommended</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="180"/>
        <source>Modtagere</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="192"/>
        <source>Gem undersøgelse og plan</source>
        <translation>Save examination and plan</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="196"/>
        <source>Gem og lav epikrise</source>
        <translation>Save and make letter</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="222"/>
        <source>Forslag ud fra STarT-risikogruppe (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="225"/>
        <source>akutte røde flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="227"/>
        <source>sygemelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="229"/>
        <source>MDI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="230"/>
        <source>Ret til efter undersøgelsen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="238"/>
        <source>Ikke gemt endnu.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="259"/>
        <source>Gemt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/exam_form.py" line="293"/>
        <source>Gemt ✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="62"/>
        <source>Epikrise</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="67"/>
        <source>Epikrise – forhåndsvisning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="69"/>
        <source>Modtager</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="87"/>
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="89"/>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="91"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="93"/>
        <source>Godkend epikrise</source>
        <translation>Approve letter</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="119"/>
        <source>Forhåndsvisning kræver programmet pdftoppm (poppler). Gem epikrisen som PDF og åbn den i en PDF-læser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="122"/>
        <source>Udskrift kræver forhåndsvisning (pdftoppm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="128"/>
        <source>Side %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="130"/>
        <source>Epikrisen er et udkast, indtil den godkendes. En godkendt epikrise kan ikke ændres; en rettelse bliver en ny version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="138"/>
        <source>Godkendt som version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="143"/>
        <source>Gem epikrise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="144"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="153"/>
        <source>Udskriv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/letter_preview.py" line="154"/>
        <source>Udskrift er ikke tilgængelig i denne installation. Gem som PDF og udskriv derfra.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="106"/>
        <source>Skærmen er låst</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="113"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="121"/>
        <source>Skift bruger</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="123"/>
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="141"/>
        <source>Låst af %1 (%2). Indtast adgangskoden for at fortsætte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="151"/>
        <source>Forkert adgangskode.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="30"/>
        <source>Log ind – lbp-desktop</source>
        <translation>Sign in – lbp-desktop</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="42"/>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="67"/>
        <source>Log ind</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="46"/>
        <source>Demo: brugernavn demo, adgangskode demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="55"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="56"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="65"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/login.py" line="79"/>
        <source>Forkert brugernavn eller adgangskode, eller kontoen er deaktiveret.</source>
        <translation>Wrong username or password, or the account is deactivated.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="89"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="90"/>
        <source>Om</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="91"/>
        <source>Lås skærm</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="92"/>
        <source>Log ud</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="104"/>
        <source>Låst</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="106"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="109"/>
        <source>Behandler</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="109"/>
        <source>Sekretær</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="239"/>
        <source>Patienttilstand</source>
        <translation>Patient mode</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="262"/>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="271"/>
        <source>Epikrise</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="263"/>
        <source>Gem undersøgelse og plan først – epikrisen bygger på dem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/main_window.py" line="272"/>
        <source>Epikrise-modulet er ikke installeret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="45"/>
        <source>Ny bruger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="56"/>
        <source>fx fysioterapeut, kiropraktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="58"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="59"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="60"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="61"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="62"/>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="63"/>
        <source>Autorisations-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="70"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="72"/>
        <source>Opret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="83"/>
        <source>Skriv navn og brugernavn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/admin.py" line="86"/>
        <source>Adgangskoden skal have mindst 8 tegn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileChart</name>
    <message>
        <location filename="../../lbp_desktop/ui/common/profile_chart.py" line="34"/>
        <source>Domæneprofil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location filename="../../lbp_desktop/ui/app.py" line="134"/>
        <source>Databasenøgle mangler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/app.py" line="135"/>
        <source>Nøglen til databasen findes ikke på denne computer.
Indtast gendannelsesnøglen (ABCD-EFGH-…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/app.py" line="148"/>
        <source>Forkert nøgle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="124"/>
        <source>Gendannelsesnøgle</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="125"/>
        <source>Vises kun denne ene gang.</source>
        <translation>Shown this one time only.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="129"/>
        <source>Databasen er krypteret. Nøglen ligger i computerens nøglering. Hvis computeren udskiftes eller nøglen mistes, kan data kun åbnes med denne gendannelsesnøgle. Skriv den ned, og opbevar den et sikkert sted – ikke på denne computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="144"/>
        <source>Jeg har skrevet gendannelsesnøglen ned</source>
        <translation>I have written the recovery key down</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="152"/>
        <source>(ingen – databasen er ikke krypteret)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="87"/>
        <source>Navn, kommune (valgfrit)</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="91"/>
        <source>Henvisningsdato</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="92"/>
        <source>Henvisningsårsag</source>
        <translation>Reason for referral</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="93"/>
        <source>Behandler</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="94"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="103"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="105"/>
        <source>Registrér</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="118"/>
        <source>CPR-nummeret skal have formen DDMMÅÅ-XXXX (10 tegn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="119"/>
        <source>Fødselsdatoen i CPR-nummeret findes ikke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="120"/>
        <source>Fødselsdatoen i CPR-nummeret ligger i fremtiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="121"/>
        <source>CPR-nummeret er ugyldigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="139"/>
        <source>Skriv CPR-nummer eller erstatnings-CPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="147"/>
        <source>Skriv alle 10 tegn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="151"/>
        <source>mand</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="151"/>
        <source>kvinde</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="152"/>
        <source>køn ukendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="153"/>
        <source>Født %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="156"/>
        <source>erstatnings-CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="162"/>
        <source>Patienten findes allerede – der oprettes et nyt forløb for den eksisterende patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="179"/>
        <source>Ret CPR-nummeret, før du registrerer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/register.py" line="185"/>
        <source>Skriv patientens navn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="166"/>
        <source>Opsætning af lbp-desktop</source>
        <translation>Setting up lbp-desktop</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="176"/>
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="177"/>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="178"/>
        <source>Færdig</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/setup_wizard.py" line="179"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="276"/>
        <source>MDI spørgsmål 6: tanker om at livet ikke er værd at leve – tal med patienten i dag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="132"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="132"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="132"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="132"/>
        <source>Skema</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="133"/>
        <source>STarT-risiko</source>
        <translation>STarT risk</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="133"/>
        <source>Røde flag</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="133"/>
        <source>Henvist</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="134"/>
        <source>Behandler</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="184"/>
        <source>Akut rødt flag – se patienten nu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="359"/>
        <source>Arbejdsliste</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="363"/>
        <source>Søg navn eller CPR …</source>
        <translation>Search name or CPR …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="367"/>
        <source>Kun åbne forløb</source>
        <translation>Open episodes only</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="370"/>
        <source>+ Registrér patient</source>
        <translation>+ Register patient</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lbp_desktop/ui/workspace/worklist.py" line="430"/>
        <source>%n forløb</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
