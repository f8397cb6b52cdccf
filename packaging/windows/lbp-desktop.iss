; Inno Setup 6 script for lbp-desktop on Windows 10/11 (x64).
; Build the one-folder app first, then compile this script — both from Git Bash at the repository root:
;     bash packaging/build.sh
;     bash packaging/windows/installer.sh
; The result is packaging\windows\Output\lbp-desktop-setup-<version>.exe. installer.sh passes the
; version (LBP_VERSION) and, when a code-signing certificate is configured, /DSign and the SignTool.
;
; What the installer promises the clinic (tests/test_platform_installer.py checks these lines):
; - Per-user by default: no administrator rights; the program goes to
;   %LOCALAPPDATA%\Programs\lbp-desktop. An administrator can choose "all users" instead
;   (the wizard asks; /ALLUSERS on the command line) — that is the right choice on a kiosk tablet,
;   where the patient account must not be able to change the program.
; - The program folder holds the program only. The clinic database, its key, settings, backups and
;   logs live in each Windows user's own profile (%LOCALAPPDATA%\lbp-desktop, the Windows Credential
;   Manager) and are never touched by an upgrade or an uninstall.
; - An upgrade (same AppId) replaces the program files and removes the previous version's bundled
;   libraries first, so no stale DLL or module of the old version is loaded by the new one.

#define AppName "lbp-desktop"
#define AppVersion GetEnv("LBP_VERSION") != "" ? GetEnv("LBP_VERSION") : "0.1.0"
#define AppPublisher "lbp-desktop contributors"
#define SourceDir "..\dist\lbp-desktop"

[Setup]
; Never change the AppId: it is how an upgrade finds the installed version.
AppId={{7C1F5C5E-2E0B-4D6B-9A8F-3B1F2E9D4A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputBaseFilename=lbp-desktop-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\lbp-desktop.ico
UninstallDisplayIcon={app}\lbp-desktop-gui.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
; A running lbp-desktop is asked to close before its files are replaced (Restart Manager).
CloseApplications=yes
RestartApplications=no
WizardStyle=modern
#ifdef Sign
; installer.sh defines the "lbpsign" tool (signtool with the clinic vendor's certificate).
SignTool=lbpsign
SignedUninstaller=yes
#endif

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
danish.KioskIcon=Genvej til patientskærm (kiosk) på skrivebordet
english.KioskIcon=Desktop shortcut to the patient screen (kiosk)
danish.KioskName=lbp-desktop patientskærm (kiosk)
english.KioskName=lbp-desktop patient screen (kiosk)
danish.StartApp=Start lbp-desktop
english.StartApp=Start lbp-desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "kioskicon"; Description: "{cm:KioskIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's bundled libraries (program files only; nothing of the clinic's is here).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The shortcuts start the windowed lbp-desktop-gui.exe (no console window); lbp-desktop.exe is the
; command-line program (backup, restore, export-fhir, ...).
Name: "{autoprograms}\lbp-desktop"; Filename: "{app}\lbp-desktop-gui.exe"
Name: "{autoprograms}\{cm:KioskName}"; Filename: "{app}\lbp-desktop-gui.exe"; Parameters: "--kiosk"
Name: "{autodesktop}\lbp-desktop"; Filename: "{app}\lbp-desktop-gui.exe"; Tasks: desktopicon
Name: "{autodesktop}\{cm:KioskName}"; Filename: "{app}\lbp-desktop-gui.exe"; Parameters: "--kiosk"; Tasks: kioskicon

[Run]
; Check after install that the program starts (fails visibly if a DLL is missing).
Filename: "{app}\lbp-desktop.exe"; Parameters: "--version"; Flags: runhidden waituntilterminated
Filename: "{app}\lbp-desktop-gui.exe"; Description: "{cm:StartApp}"; Flags: postinstall nowait skipifsilent

; No [UninstallDelete] section on purpose: uninstall removes exactly the files it installed. The
; clinic database, the key, settings, backups and logs stay in the users' profiles; deleting them
; is a deliberate act by the clinic (see README, "Windows").
