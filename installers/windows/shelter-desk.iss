; Inno Setup 6 script: the Windows installer of Shelter Desk (NOT YET TESTED).
; Built by installers\windows\build.ps1, which makes the PyInstaller bundle, checks it with
; --self-test, makes the .ico and passes the version:  ISCC /DAppVersion=0.1.0 shelter-desk.iss
; Paths are relative to this file's folder.

#ifndef AppVersion
  #error Run installers\windows\build.ps1, or pass /DAppVersion=X.Y.Z to ISCC
#endif
#define BundleDir "..\..\dist\shelter-desk"

[Setup]
AppId={{9B6246D7-2A5C-4CCD-892F-E82D026BA709}
AppName=Shelter Desk
AppVersion={#AppVersion}
AppVerName=Shelter Desk {#AppVersion}
AppPublisher=Shelter Desk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Shelter Desk
DefaultGroupName=Shelter Desk
DisableProgramGroupPage=yes
; Installs for this Windows account without an administrator; she may choose "all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=shelter-desk-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\windows\shelter-desk.ico
UninstallDisplayIcon={app}\shelter-desk.exe
UninstallDisplayName=Shelter Desk
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The vault (in the user's AppData) is never touched by installing or uninstalling.

[Languages]
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
; Off by default: a desktop icon tells anyone at the computer what it is used for.
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Shelter Desk"; Filename: "{app}\shelter-desk.exe"
Name: "{autodesktop}\Shelter Desk"; Filename: "{app}\shelter-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\shelter-desk.exe"; Description: "{cm:LaunchProgram,Shelter Desk}"; Flags: nowait postinstall skipifsilent
