; Inno Setup script for lbp-desktop on Windows 10/11.
; Build the one-folder app first on a Windows machine:
;     py -3.11 -m venv .venv && .venv\Scripts\pip install -e .[package]
;     .venv\Scripts\pyinstaller --noconfirm --distpath packaging\dist --workpath packaging\build packaging\lbp-desktop.spec
; then compile this script with Inno Setup 6 (ISCC.exe packaging\windows\lbp-desktop.iss).
; The result is packaging\windows\Output\lbp-desktop-setup-<version>.exe.

#define AppName "lbp-desktop"
#define AppVersion GetEnv("LBP_VERSION") != "" ? GetEnv("LBP_VERSION") : "0.1.0"
#define AppPublisher "lbp-desktop contributors"
#define SourceDir "..\dist\lbp-desktop"

[Setup]
AppId={{7C1F5C5E-2E0B-4D6B-9A8F-3B1F2E9D4A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputBaseFilename=lbp-desktop-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\lbp-desktop.ico
UninstallDisplayIcon={app}\lbp-desktop.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
WizardStyle=modern
; The clinic database lives in each user's data folder (platformdirs), never in Program Files,
; so uninstalling the program never deletes patient data.

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "kioskicon"; Description: "Genvej til patientskærm (kiosk) på skrivebordet"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\lbp-desktop"; Filename: "{app}\lbp-desktop.exe"
Name: "{group}\lbp-desktop patientskærm (kiosk)"; Filename: "{app}\lbp-desktop.exe"; Parameters: "--kiosk"
Name: "{group}\Fjern lbp-desktop"; Filename: "{uninstallexe}"
Name: "{autodesktop}\lbp-desktop"; Filename: "{app}\lbp-desktop.exe"; Tasks: desktopicon
Name: "{autodesktop}\lbp-desktop patientskærm"; Filename: "{app}\lbp-desktop.exe"; Parameters: "--kiosk"; Tasks: kioskicon

[Run]
; Smoke test after install: starts, opens a demo database, paints, exits. Fails visibly if a DLL is missing.
Filename: "{app}\lbp-desktop.exe"; Parameters: "--version"; Flags: runhidden waituntilterminated
Filename: "{app}\lbp-desktop.exe"; Description: "Start lbp-desktop"; Flags: postinstall nowait skipifsilent
