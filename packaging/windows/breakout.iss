; Inno Setup script for Breakout on Windows: installs the PyInstaller folder
; (dist\breakout, built on Windows from packaging\breakout.spec), registers the
; .breakout file type with its icon so double-clicking a session opens it, and
; adds a Start-menu entry. NOT TRIED: written on Linux, never compiled or run;
; packaging\README.md says how to build it and what to check.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\breakout.iss
;
; writes dist\breakout-0.1.0-setup.exe. Installs per user by default (no
; administrator needed on a borrowed laptop); the dialog offers all users.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Breakout"
#define AppExe "breakout.exe"
#define ProgId "Breakout.Session"

[Setup]
; A fixed identifier: upgrades replace the installed version rather than adding one.
AppId={{6B1D5E52-0C8A-4E8B-9E0B-2C5F4B7A9D31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Breakout developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=breakout-{#AppVersion}-setup
SetupIconFile=breakout.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Tell Explorer the file associations changed, so the icon shows at once.
ChangesAssociations=yes

[Files]
; The whole one-folder bundle, licences folder included.
Source: "..\..\dist\breakout\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "breakout.ico"; DestDir: "{app}"
Source: "breakout-session.ico"; DestDir: "{app}"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\breakout.ico"
Name: "{group}\Licences"; Filename: "{app}\licences"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"

[Registry]
; .breakout -> Breakout.Session -> "breakout.exe open <file>", under HKCU for a per-user
; install and HKLM for all users ({autopf}/HKA follow the choice made in the dialog).
Root: HKA; Subkey: "Software\Classes\.breakout"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.breakout"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-breakout-session"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Breakout session"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\breakout-session.ico,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".breakout"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "Open Breakout now"; Flags: nowait postinstall skipifsilent
