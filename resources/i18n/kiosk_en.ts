<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AlertScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="999"/>
        <source>Du kan fortsætte med spørgsmålene, mens du venter.</source>
        <translation>You can carry on with the questions while you wait.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="1000"/>
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="1001"/>
        <source>Fortsæt med spørgsmålene</source>
        <translation>Continue with the questions</translation>
    </message>
</context>
<context>
    <name>PairingWindow</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="143"/>
        <source>Forbind tabletten med praksis-pc&apos;en</source>
        <translation>Connect the tablet to the practice PC</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="145"/>
        <source>Start parringen på praksis-pc&apos;en (Administration → Tablets og venteværelse → Par ny tablet) og skriv det, der står der. Det gøres kun én gang.</source>
        <translation>Start pairing on the practice PC (Administration → Tablets and waiting room → Pair a new tablet) and enter what it shows. This is done only once.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="147"/>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="148"/>
        <source>Praksis-pc&apos;ens adresse</source>
        <translation>The practice PC&apos;s address</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="149"/>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="150"/>
        <source>Engangskode (8 cifre)</source>
        <translation>One-time code (8 digits)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="152"/>
        <source>Certifikatets fingeraftryk (mindst de første 16 tegn)</source>
        <translation>Certificate fingerprint (at least the first 16 characters)</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="153"/>
        <source>Certifikatets fingeraftryk</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="154"/>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="155"/>
        <source>Tablettens navn</source>
        <translation>The tablet&apos;s name</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="156"/>
        <source>Forbind</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="157"/>
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="186"/>
        <source>Adressen skal se sådan ud: https://ADRESSE:PORT (for eksempel https://192.168.1.20:8443).</source>
        <translation>The address must look like https://ADDRESS:PORT (for example https://192.168.1.20:8443).</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="190"/>
        <source>Engangskoden er 8 cifre. Den står på praksis-pc&apos;en.</source>
        <translation>The one-time code is 8 digits. It is shown on the practice PC.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="193"/>
        <source>Skriv mindst de første 16 tegn af fingeraftrykket (0–9 og a–f), som de står på praksis-pc&apos;en.</source>
        <translation>Enter at least the first 16 characters of the fingerprint (0–9 and a–f) as shown on the practice PC.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="197"/>
        <source>Giv tabletten et navn, fx »Venteværelse«.</source>
        <translation>Give the tablet a name, e.g. “Waiting room”.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="208"/>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="262"/>
        <source>Forbinder …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="209"/>
        <source>Tabletten kontrollerer praksis-pc&apos;ens certifikat.</source>
        <translation>The tablet is checking the practice PC&apos;s certificate.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="232"/>
        <source>Fingeraftrykket passer ikke med praksis-pc&apos;ens certifikat. Kontrollér adressen og fingeraftrykket. Intet er sendt.</source>
        <translation>The fingerprint does not match the practice PC&apos;s certificate. Check the address and the fingerprint. Nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="235"/>
        <source>Praksis-pc&apos;en svarer ikke på {url}. Kontrollér adressen, at tablettjenesten er startet, og at tabletten er på klinikkens netværk.</source>
        <translation>The practice PC does not answer at {url}. Check the address, that the tablet service is started, and that the tablet is on the clinic network.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="240"/>
        <source>For mange forkerte koder. Vent et minut, og start så en ny parring på praksis-pc&apos;en.</source>
        <translation>Too many wrong codes. Wait a minute, then start a new pairing on the practice PC.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="242"/>
        <source>Koden er forkert, udløbet eller allerede brugt. Start en ny parring på praksis-pc&apos;en, og skriv den nye kode.</source>
        <translation>The code is wrong, expired or already used. Start a new pairing on the practice PC and enter the new code.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="245"/>
        <source>Forbindelsen mislykkedes: {error}</source>
        <translation>The connection failed: {error}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="247"/>
        <source>Uventet fejl: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/hub.py" line="263"/>
        <source>Henter spørgeskemaerne fra praksis-pc&apos;en.</source>
        <translation>Fetching the questionnaires from the practice PC.</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="692"/>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="692"/>
        <source>Gå til det forrige spørgsmål</source>
        <translation>Go to the previous question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="693"/>
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="693"/>
        <source>Gå til det næste spørgsmål</source>
        <translation>Go to the next question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="694"/>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="694"/>
        <source>Kun for personalet</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="695"/>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="719"/>
        <source>Fremskridt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="711"/>
        <source>Spørgsmål {first}–{last} af {total}</source>
        <translation>Questions {first}–{last} of {total}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="714"/>
        <source>Spørgsmål {number} af {total}</source>
        <translation>Question {number} of {total}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="722"/>
        <source>Dit svar blev ikke gemt. Prøv igen, eller sig det til personalet.</source>
        <translation>Your answer was not saved. Please try again, or tell the staff.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="751"/>
        <source>Tidsrum: {timeframe}</source>
        <translation>Time period: {timeframe}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="832"/>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="856"/>
        <source>Dit svar: {value}</source>
        <translation>Your answer: {value}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="839"/>
        <source>Fra {low} til {high}</source>
        <translation>From {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="842"/>
        <source>Ryd</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="842"/>
        <source>Ryd svaret</source>
        <translation>Clear the answer</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="843"/>
        <source>Slet et ciffer</source>
        <translation>Delete one digit</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="852"/>
        <source>Skriv et tal fra {low} til {high}</source>
        <translation>Enter a number from {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="868"/>
        <source>Skriv dit svar</source>
        <translation>Type your answer</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="869"/>
        <source>Skriv her</source>
        <translation>Type here</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="939"/>
        <source>Gå til spørgsmålet og svar</source>
        <translation>Go to the question and answer it</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="952"/>
        <source>Er du færdig?</source>
        <translation>Are you finished?</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="955"/>
        <source>Du har svaret på alle spørgsmålene. Tryk på &quot;Send svar&quot;.</source>
        <translation>You have answered all the questions. Tap &quot;Send answers&quot;.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="957"/>
        <source>Du mangler at svare på 1 spørgsmål. Tryk på det for at svare, eller send dine svar, som de er.</source>
        <translation>There is 1 question you have not answered. Tap it to answer, or send your answers as they are.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="960"/>
        <source>Du mangler at svare på {count} spørgsmål. Tryk på et spørgsmål for at svare, eller send dine svar, som de er.</source>
        <translation>There are {count} questions you have not answered. Tap a question to answer it, or send your answers as they are.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="963"/>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="963"/>
        <source>Gå til det sidste spørgsmål</source>
        <translation>Go to the last question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="964"/>
        <source>Send svar</source>
        <translation>Send answers</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="965"/>
        <source>Send dine svar til din behandler</source>
        <translation>Send your answers to your clinician</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="291"/>
        <source>Venter på personalet</source>
        <translation>Waiting for the staff</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="292"/>
        <source>Personalet gør tabletten klar til dig.</source>
        <translation>The staff are getting the tablet ready for you.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="293"/>
        <source>Pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="294"/>
        <source>Dine svar er gemt og skjult. Giv venligst tabletten til personalet, så hjælper de dig videre.</source>
        <translation>Your answers are saved and hidden. Please hand the tablet to the staff, and they will help you continue.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="296"/>
        <source>Tak!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="297"/>
        <source>Giv venligst tabletten tilbage til personalet.</source>
        <translation>Please hand the tablet back to the staff.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="302"/>
        <source>Personale: log ind</source>
        <translation>Staff: sign in</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="303"/>
        <source>Kun for personalet: log ind for at vælge en patient</source>
        <translation>Staff only: sign in to choose a patient</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="304"/>
        <source>Log ind som personale</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="305"/>
        <source>Indtast din PIN-kode.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="306"/>
        <source>Indtast brugernavn og adgangskode.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="307"/>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="308"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="309"/>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="310"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="311"/>
        <source>Log ind</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="312"/>
        <source>PIN-kode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="313"/>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="390"/>
        <source>{count} cifre indtastet</source>
        <translation>{count} digits entered</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="314"/>
        <source>Slet et ciffer</source>
        <translation>Delete one digit</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="315"/>
        <source>Log ind med PIN-kode</source>
        <translation>Sign in with PIN</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="316"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="318"/>
        <source>Brug adgangskode</source>
        <translation>Use password</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="319"/>
        <source>Brug PIN-kode</source>
        <translation>Use PIN</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="321"/>
        <source>Logget ind: {name}</source>
        <translation>Signed in: {name}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="322"/>
        <source>Vælg patientens spørgeskema</source>
        <translation>Choose the patient&apos;s questionnaire</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="324"/>
        <source>Opdater listen</source>
        <translation>Refresh the list</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="325"/>
        <source>Hent de ventende patienter fra praksis-pc&apos;en igen</source>
        <translation>Fetch the waiting patients from the practice PC again</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="419"/>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="458"/>
        <source>Kontrollerer …</source>
        <translation>Checking …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="475"/>
        <source>Henter patienter fra praksis-pc&apos;en …</source>
        <translation>Fetching patients from the practice PC …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="477"/>
        <source>Praksis-pc&apos;en svarer ikke lige nu. Prøv »Opdater listen« om lidt.</source>
        <translation>The practice PC does not answer right now. Try “Refresh the list” in a moment.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="478"/>
        <source>Ingen patienter venter på et spørgeskema.</source>
        <translation>No patients are waiting for a questionnaire.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="326"/>
        <source>Log ud</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="327"/>
        <source>Forlad patienttilstand</source>
        <translation>Leave patient mode</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="328"/>
        <source>Afslut patienttilstand og gå til klinikerens arbejdsplads</source>
        <translation>End patient mode and go to the clinician workspace</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="461"/>
        <source>Forkert PIN-kode eller adgangskode. Prøv igen om {seconds} s.</source>
        <translation>Wrong PIN or password. Try again in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="466"/>
        <source>Forkert PIN-kode eller adgangskode. Prøv igen.</source>
        <translation>Wrong PIN or password. Try again.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="495"/>
        <source>Fortsæt spørgeskemaet for {name}</source>
        <translation>Continue the questionnaire for {name}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="501"/>
        <source>i gang</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="502"/>
        <source>venter</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="504"/>
        <source>{name}, født {born} ({state})</source>
        <translation>{name}, born {born} ({state})</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="508"/>
        <source>Start spørgeskemaet for denne patient</source>
        <translation>Start the questionnaire for this patient</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="1024"/>
        <source>Tak!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="1025"/>
        <source>Giv venligst tabletten tilbage til personalet.</source>
        <translation>Please hand the tablet back to the staff.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="1026"/>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="1026"/>
        <source>Kun for personalet</source>
        <translation>Staff only</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="614"/>
        <source>Velkommen tilbage, {name}</source>
        <translation>Welcome back, {name}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="615"/>
        <source>Dine svar er gemt. Du fortsætter, hvor du slap.</source>
        <translation>Your answers are saved. You will continue where you left off.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="617"/>
        <source>Velkommen, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="619"/>
        <source>Vi vil gerne høre om din ryg, før du bliver undersøgt. Der er ét spørgsmål ad gangen. Dine svar gemmes, hver gang du trykker, og kun dine behandlere kan se dem.</source>
        <translation>We would like to hear about your back before your examination. There is one question at a time. Your answers are saved every time you tap, and only your clinicians can see them.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="622"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="624"/>
        <source>Vælg sprog</source>
        <translation>Choose language</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="625"/>
        <source>Tekststørrelse</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="627"/>
        <source>Vælg tekststørrelse</source>
        <translation>Choose text size</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="628"/>
        <source>Høj kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="629"/>
        <source>Sort baggrund med hvid tekst</source>
        <translation>Black background with white text</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="630"/>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="631"/>
        <source>Kun for personalet</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="632"/>
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="632"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="633"/>
        <source>Gå til spørgsmålene</source>
        <translation>Go to the questions</translation>
    </message>
</context>
</TS>
