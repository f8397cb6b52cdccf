<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AlertScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="931"/>
        <source>Du kan fortsætte med spørgsmålene, mens du venter.</source>
        <translation>You can carry on with the questions while you wait.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="932"/>
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="933"/>
        <source>Fortsæt med spørgsmålene</source>
        <translation>Continue with the questions</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="616"/>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="616"/>
        <source>Gå til det forrige spørgsmål</source>
        <translation>Go to the previous question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="617"/>
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="617"/>
        <source>Gå til det næste spørgsmål</source>
        <translation>Go to the next question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="618"/>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="618"/>
        <source>Kun for personalet</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="619"/>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="643"/>
        <source>Fremskridt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="635"/>
        <source>Spørgsmål {first}–{last} af {total}</source>
        <translation>Questions {first}–{last} of {total}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="638"/>
        <source>Spørgsmål {number} af {total}</source>
        <translation>Question {number} of {total}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="646"/>
        <source>Dit svar blev ikke gemt. Prøv igen, eller sig det til personalet.</source>
        <translation>Your answer was not saved. Please try again, or tell the staff.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="675"/>
        <source>Tidsrum: {timeframe}</source>
        <translation>Time period: {timeframe}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="754"/>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="778"/>
        <source>Dit svar: {value}</source>
        <translation>Your answer: {value}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="761"/>
        <source>Fra {low} til {high}</source>
        <translation>From {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="764"/>
        <source>Ryd</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="764"/>
        <source>Ryd svaret</source>
        <translation>Clear the answer</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="765"/>
        <source>Slet et ciffer</source>
        <translation>Delete one digit</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="774"/>
        <source>Skriv et tal fra {low} til {high}</source>
        <translation>Enter a number from {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="790"/>
        <source>Skriv dit svar</source>
        <translation>Type your answer</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="791"/>
        <source>Skriv her</source>
        <translation>Type here</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="866"/>
        <source>Gå til spørgsmålet og svar</source>
        <translation>Go to the question and answer it</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="879"/>
        <source>Er du færdig?</source>
        <translation>Are you finished?</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="882"/>
        <source>Du har svaret på alle spørgsmålene. Tryk på &quot;Send svar&quot;.</source>
        <translation>You have answered all the questions. Tap &quot;Send answers&quot;.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="884"/>
        <source>Du mangler at svare på 1 spørgsmål. Tryk på det for at svare, eller send dine svar, som de er.</source>
        <translation>There is 1 question you have not answered. Tap it to answer, or send your answers as they are.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="887"/>
        <source>Du mangler at svare på {count} spørgsmål. Tryk på et spørgsmål for at svare, eller send dine svar, som de er.</source>
        <translation>There are {count} questions you have not answered. Tap a question to answer it, or send your answers as they are.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="890"/>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="890"/>
        <source>Gå til det sidste spørgsmål</source>
        <translation>Go to the last question</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="891"/>
        <source>Send svar</source>
        <translation>Send answers</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="892"/>
        <source>Send dine svar til din behandler</source>
        <translation>Send your answers to your clinician</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="272"/>
        <source>Venter på personalet</source>
        <translation>Waiting for the staff</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="273"/>
        <source>Personalet gør tabletten klar til dig.</source>
        <translation>The staff are getting the tablet ready for you.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="274"/>
        <source>Pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="275"/>
        <source>Dine svar er gemt og skjult. Giv venligst tabletten til personalet, så hjælper de dig videre.</source>
        <translation>Your answers are saved and hidden. Please hand the tablet to the staff, and they will help you continue.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="277"/>
        <source>Tak!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="278"/>
        <source>Giv venligst tabletten tilbage til personalet.</source>
        <translation>Please hand the tablet back to the staff.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="283"/>
        <source>Personale: log ind</source>
        <translation>Staff: sign in</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="284"/>
        <source>Kun for personalet: log ind for at vælge en patient</source>
        <translation>Staff only: sign in to choose a patient</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="285"/>
        <source>Log ind som personale</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="286"/>
        <source>Indtast din PIN-kode.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="287"/>
        <source>Indtast brugernavn og adgangskode.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="288"/>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="289"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="290"/>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="291"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="292"/>
        <source>Log ind</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="293"/>
        <source>PIN-kode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="294"/>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="358"/>
        <source>{count} cifre indtastet</source>
        <translation>{count} digits entered</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="295"/>
        <source>Slet et ciffer</source>
        <translation>Delete one digit</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="296"/>
        <source>Log ind med PIN-kode</source>
        <translation>Sign in with PIN</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="297"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="299"/>
        <source>Brug adgangskode</source>
        <translation>Use password</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="300"/>
        <source>Brug PIN-kode</source>
        <translation>Use PIN</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="302"/>
        <source>Logget ind: {name}</source>
        <translation>Signed in: {name}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="303"/>
        <source>Vælg patientens spørgeskema</source>
        <translation>Choose the patient&apos;s questionnaire</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="304"/>
        <source>Ingen patienter venter på et spørgeskema.</source>
        <translation>No patients are waiting for a questionnaire.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="305"/>
        <source>Log ud</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="306"/>
        <source>Forlad patienttilstand</source>
        <translation>Leave patient mode</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="307"/>
        <source>Afslut patienttilstand og gå til klinikerens arbejdsplads</source>
        <translation>End patient mode and go to the clinician workspace</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="393"/>
        <source>Forkert PIN-kode eller adgangskode. Prøv igen om {seconds} s.</source>
        <translation>Wrong PIN or password. Try again in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="398"/>
        <source>Forkert PIN-kode eller adgangskode. Prøv igen.</source>
        <translation>Wrong PIN or password. Try again.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="409"/>
        <source>Fortsæt spørgeskemaet for {name}</source>
        <translation>Continue the questionnaire for {name}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="415"/>
        <source>i gang</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="416"/>
        <source>venter</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="418"/>
        <source>{name}, født {born} ({state})</source>
        <translation>{name}, born {born} ({state})</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="422"/>
        <source>Start spørgeskemaet for denne patient</source>
        <translation>Start the questionnaire for this patient</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="961"/>
        <source>Tak!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="962"/>
        <source>Giv venligst tabletten tilbage til personalet.</source>
        <translation>Please hand the tablet back to the staff.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="963"/>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="963"/>
        <source>Kun for personalet</source>
        <translation>Staff only</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="533"/>
        <source>Velkommen tilbage, {name}</source>
        <translation>Welcome back, {name}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="534"/>
        <source>Dine svar er gemt. Du fortsætter, hvor du slap.</source>
        <translation>Your answers are saved. You will continue where you left off.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="536"/>
        <source>Velkommen, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="538"/>
        <source>Vi vil gerne høre om din ryg, før du bliver undersøgt. Der er ét spørgsmål ad gangen. Dine svar gemmes, hver gang du trykker, og kun dine behandlere kan se dem.</source>
        <translation>We would like to hear about your back before your examination. There is one question at a time. Your answers are saved every time you tap, and only your clinicians can see them.</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="541"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="543"/>
        <source>Vælg sprog</source>
        <translation>Choose language</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="544"/>
        <source>Tekststørrelse</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="546"/>
        <source>Vælg tekststørrelse</source>
        <translation>Choose text size</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="547"/>
        <source>Høj kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="548"/>
        <source>Sort baggrund med hvid tekst</source>
        <translation>Black background with white text</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="549"/>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="550"/>
        <source>Kun for personalet</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="551"/>
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="551"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../lbp_desktop/ui/kiosk/screens.py" line="552"/>
        <source>Gå til spørgsmålene</source>
        <translation>Go to the questions</translation>
    </message>
</context>
</TS>
