<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AlertScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="192"/>
        <source>Du kan fortsætte med spørgsmålene, mens du venter.</source>
        <translation>You can carry on with the questions while you wait.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="193"/>
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="194"/>
        <source>Fortsæt med spørgsmålene</source>
        <translation>Continue with the questions</translation>
    </message>
</context>
<context>
    <name>BirthCheckScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="156"/>
        <source>Det passede ikke. Prøv igen, eller spørg personalet.</source>
        <translation>That did not match. Try again, or ask the staff.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="160"/>
        <source>Det passede ikke. Prøv igen om {seconds} s.</source>
        <translation>That did not match. Try again in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="167"/>
        <source>Fødselsdag og -måned</source>
        <translation>Day and month of birth</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="168"/>
        <source>{count} cifre indtastet</source>
        <translation>{count} digits entered</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="180"/>
        <source>Fortsæt dit spørgeskema</source>
        <translation>Continue your questionnaire</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="181"/>
        <source>Skriv din fødselsdag og -måned med fire cifre. Er du født den 5. marts, skriver du 0 5 0 3.</source>
        <translation>Enter the day and month of your birth as four digits. If you were born on 5 March, enter 0 5 0 3.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="183"/>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="184"/>
        <source>Slet et ciffer</source>
        <translation>Delete one digit</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="185"/>
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>IdleWarningScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="72"/>
        <source>Er du her stadig?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="73"/>
        <source>Skærmen holder pause om {seconds} sekunder, og dine svar bliver skjult.</source>
        <translation>The screen will pause in {seconds} seconds, and your answers will be hidden.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="75"/>
        <source>Jeg er her stadig</source>
        <translation>I am still here</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="76"/>
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
    <name>PartIntroScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="212"/>
        <source>Del {part} af {parts}</source>
        <translation>Part {part} of {parts}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="214"/>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="214"/>
        <source>Gå til det forrige spørgsmål</source>
        <translation>Go to the previous question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="215"/>
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="215"/>
        <source>Gå til det første spørgsmål</source>
        <translation>Go to the first question</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="139"/>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="139"/>
        <source>Gå til det forrige spørgsmål</source>
        <translation>Go to the previous question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="140"/>
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="140"/>
        <source>Gå til det næste spørgsmål</source>
        <translation>Go to the next question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="141"/>
        <source>Sprog, tekststørrelse og kontrast</source>
        <translation>Language, text size and contrast</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="142"/>
        <source>Skift sprog, tekststørrelse eller kontrast</source>
        <translation>Change language, text size or contrast</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="143"/>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="160"/>
        <source>Svar på spørgsmålet</source>
        <translation>Answer the question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="144"/>
        <source>Spring over</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="145"/>
        <source>Gå videre uden at svare på spørgsmålet</source>
        <translation>Go on without answering the question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="154"/>
        <source>Du har ikke svaret på spørgsmålet. Vil du springe det over?</source>
        <translation>You have not answered the question. Do you want to skip it?</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="156"/>
        <source>Dette spørgsmål er vigtigt for din sikkerhed. Vælg et svar for at gå videre.</source>
        <translation>This question is important for your safety. Choose an answer to go on.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="160"/>
        <source>Jeg svarer</source>
        <translation>I will answer</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="188"/>
        <source>Dit svar blev ikke gemt. Prøv igen, eller sig det til personalet.</source>
        <translation>Your answer was not saved. Please try again, or tell the staff.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="210"/>
        <source>Tidsrum: {timeframe}</source>
        <translation>Time period: {timeframe}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="351"/>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="375"/>
        <source>Dit svar: {value}</source>
        <translation>Your answer: {value}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="355"/>
        <source>Fra {low} til {high}</source>
        <translation>From {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="359"/>
        <source>Ryd</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="359"/>
        <source>Ryd svaret</source>
        <translation>Clear the answer</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="360"/>
        <source>Slet et ciffer</source>
        <translation>Delete one digit</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="371"/>
        <source>Skriv et tal fra {low} til {high}</source>
        <translation>Enter a number from {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="387"/>
        <source>Skriv dit svar</source>
        <translation>Type your answer</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/question.py" line="388"/>
        <source>Skriv her</source>
        <translation>Type here</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="97"/>
        <source>Gå til spørgsmålet og svar</source>
        <translation>Go to the question and answer it</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="92"/>
        <source>Mangler svar</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="117"/>
        <source>Ret</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="117"/>
        <source>Ret svaret på: {question}</source>
        <translation>Change the answer to: {question}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="140"/>
        <source>Tjek dine svar</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="143"/>
        <source>Du har svaret på alle spørgsmålene. Tryk på &quot;Ret&quot; for at ændre et svar, eller send dine svar.</source>
        <translation>You have answered all the questions. Tap &quot;Change&quot; to change an answer, or send your answers.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="146"/>
        <source>Du mangler at svare på 1 spørgsmål. Tryk på det for at svare, eller send dine svar, som de er.</source>
        <translation>There is 1 question you have not answered. Tap it to answer, or send your answers as they are.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="149"/>
        <source>Du mangler at svare på {count} spørgsmål. Tryk på et spørgsmål for at svare, eller send dine svar, som de er.</source>
        <translation>There are {count} questions you have not answered. Tap a question to answer it, or send your answers as they are.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="152"/>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="152"/>
        <source>Gå til det sidste spørgsmål</source>
        <translation>Go to the last question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="153"/>
        <source>Send svar</source>
        <translation>Send answers</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="154"/>
        <source>Send dine svar til din behandler</source>
        <translation>Send your answers to your clinician</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="155"/>
        <source>Vil du sende dine svar nu? Bagefter kan du ikke ændre dem på tabletten.</source>
        <translation>Do you want to send your answers now? Afterwards you cannot change them on the tablet.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="157"/>
        <source>Ja, send mine svar</source>
        <translation>Yes, send my answers</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="158"/>
        <source>Nej, ikke endnu</source>
        <translation>No, not yet</translation>
    </message>
</context>
<context>
    <name>SectionProgress</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/progress.py" line="63"/>
        <source>Del {part} af {parts}: {title}</source>
        <translation>Part {part} of {parts}: {title}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/progress.py" line="65"/>
        <source>Spørgsmål {number} af {count}</source>
        <translation>Question {number} of {count}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/progress.py" line="70"/>
        <source>Fremskridt</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="82"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="84"/>
        <source>Vælg sprog</source>
        <translation>Choose language</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="85"/>
        <source>Tekststørrelse</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="87"/>
        <source>Vælg tekststørrelse</source>
        <translation>Choose text size</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="88"/>
        <source>Høj kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="89"/>
        <source>Sort baggrund med hvid tekst</source>
        <translation>Black background with white text</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="171"/>
        <source>Sprog, tekst og kontrast</source>
        <translation>Language, text and contrast</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="173"/>
        <source>Tilbage til spørgsmålet</source>
        <translation>Back to the question</translation>
    </message>
</context>
<context>
    <name>StaffCorner</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="216"/>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/pause.py" line="217"/>
        <source>Kun for personalet: hold fingeren her i to sekunder</source>
        <translation>Staff only: hold a finger here for two seconds</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="207"/>
        <source>Venter på personalet</source>
        <translation>Waiting for the staff</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="208"/>
        <source>Personalet gør tabletten klar til dig.</source>
        <translation>The staff are getting the tablet ready for you.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="209"/>
        <source>Pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="210"/>
        <source>Dine svar er gemt og skjult. Tryk på »Fortsæt mit spørgeskema« for at fortsætte, eller spørg personalet.</source>
        <translation>Your answers are saved and hidden. Tap “Continue my questionnaire” to go on, or ask the staff.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="213"/>
        <source>Dine svar er gemt og skjult. Giv venligst tabletten til personalet, så hjælper de dig videre.</source>
        <translation>Your answers are saved and hidden. Please hand the tablet to the staff, and they will help you continue.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="215"/>
        <source>Tak!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="216"/>
        <source>Giv venligst tabletten tilbage til personalet.</source>
        <translation>Please hand the tablet back to the staff.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="221"/>
        <source>Personale: log ind</source>
        <translation>Staff: sign in</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="222"/>
        <source>Kun for personalet: log ind for at vælge en patient</source>
        <translation>Staff only: sign in to choose a patient</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="223"/>
        <source>Fortsæt mit spørgeskema</source>
        <translation>Continue my questionnaire</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="224"/>
        <source>Fortsæt med dine svar efter pausen</source>
        <translation>Continue with your answers after the pause</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="227"/>
        <source>AKUT: En patient har svaret, så personalet skal tale med patienten nu. {detail}</source>
        <translation>URGENT: a patient&apos;s answer means the staff must speak to the patient now. {detail}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="230"/>
        <source>Set – jeg tager mig af det</source>
        <translation>Seen – I will handle it</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="231"/>
        <source>Kvittér for den akutte besked</source>
        <translation>Acknowledge the urgent message</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="233"/>
        <source>Log ind som personale</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="234"/>
        <source>Indtast din PIN-kode.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="235"/>
        <source>Indtast brugernavn og adgangskode.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="236"/>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="237"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="238"/>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="239"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="240"/>
        <source>Log ind</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="241"/>
        <source>PIN-kode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="242"/>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="349"/>
        <source>{count} cifre indtastet</source>
        <translation>{count} digits entered</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="243"/>
        <source>Slet et ciffer</source>
        <translation>Delete one digit</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="244"/>
        <source>Log ind med PIN-kode</source>
        <translation>Sign in with PIN</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="245"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="247"/>
        <source>Brug adgangskode</source>
        <translation>Use password</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="248"/>
        <source>Brug PIN-kode</source>
        <translation>Use PIN</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="250"/>
        <source>Logget ind: {name}</source>
        <translation>Signed in: {name}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="251"/>
        <source>Vælg patientens spørgeskema</source>
        <translation>Choose the patient&apos;s questionnaire</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="253"/>
        <source>Opdater listen</source>
        <translation>Refresh the list</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="254"/>
        <source>Hent de ventende patienter fra praksis-pc&apos;en igen</source>
        <translation>Fetch the waiting patients from the practice PC again</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="378"/>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="413"/>
        <source>Kontrollerer …</source>
        <translation>Checking …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="430"/>
        <source>Henter patienter fra praksis-pc&apos;en …</source>
        <translation>Fetching patients from the practice PC …</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="432"/>
        <source>Praksis-pc&apos;en svarer ikke lige nu. Prøv »Opdater listen« om lidt.</source>
        <translation>The practice PC does not answer right now. Try “Refresh the list” in a moment.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="433"/>
        <source>Ingen patienter venter på et spørgeskema.</source>
        <translation>No patients are waiting for a questionnaire.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="255"/>
        <source>Log ud</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="256"/>
        <source>Forlad patienttilstand</source>
        <translation>Leave patient mode</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="257"/>
        <source>Afslut patienttilstand og gå til klinikerens arbejdsplads</source>
        <translation>End patient mode and go to the clinician workspace</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="416"/>
        <source>Forkert PIN-kode eller adgangskode. Prøv igen om {seconds} s.</source>
        <translation>Wrong PIN or password. Try again in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="421"/>
        <source>Forkert PIN-kode eller adgangskode. Prøv igen.</source>
        <translation>Wrong PIN or password. Try again.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="450"/>
        <source>Fortsæt spørgeskemaet for {name}</source>
        <translation>Continue the questionnaire for {name}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="456"/>
        <source>i gang</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="457"/>
        <source>venter</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="459"/>
        <source>{name}, født {born} ({state})</source>
        <translation>{name}, born {born} ({state})</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/staff.py" line="463"/>
        <source>Start spørgeskemaet for denne patient</source>
        <translation>Start the questionnaire for this patient</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="212"/>
        <source>Tak!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/review.py" line="213"/>
        <source>Giv venligst tabletten tilbage til personalet.</source>
        <translation>Please hand the tablet back to the staff.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="130"/>
        <source>Velkommen tilbage, {name}</source>
        <translation>Welcome back, {name}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="131"/>
        <source>Dine svar er gemt. Du fortsætter, hvor du slap.</source>
        <translation>Your answers are saved. You will continue where you left off.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="133"/>
        <source>Velkommen, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="135"/>
        <source>Vi vil gerne høre om din ryg, før du bliver undersøgt. Der er ét spørgsmål ad gangen. Dine svar gemmes, hver gang du trykker, og kun dine behandlere kan se dem.</source>
        <translation>We would like to hear about your back before your examination. There is one question at a time. Your answers are saved every time you tap, and only your clinicians can see them.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="140"/>
        <source>Det tager cirka {low}–{high} minutter.</source>
        <translation>It takes about {low}–{high} minutes.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="146"/>
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="146"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/welcome.py" line="147"/>
        <source>Gå til spørgsmålene</source>
        <translation>Go to the questions</translation>
    </message>
</context>
</TS>
