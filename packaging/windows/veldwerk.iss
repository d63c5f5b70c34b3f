; Inno Setup 6 script for veldwerk on Windows (NOT tested on Windows here; built and smoke-tested
; by .github/workflows/package.yml on a Windows runner).
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=C:\path\to\frozen\veldwerk /DIconFile=...\veldwerk.ico ^
;        /Odist packaging\windows\veldwerk.iss
;
; Installs per user by default, without administrator rights, into
; %LOCALAPPDATA%\Programs\veldwerk, with a Start menu entry. An IT department can install it
; for every user of the computer instead (administrator rights), and silently:
;
;   veldwerk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
;   veldwerk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS  (as administrator)
;   ... /DIR="D:\Apps\veldwerk" /LOG="C:\Temp\veldwerk-setup.log" /TASKS="desktopicon"
;   "%LOCALAPPDATA%\Programs\veldwerk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES   (remove)
;
; The case records are never in the program folder: they live in the user's own application
; data folder (%LOCALAPPDATA%\veldwerk), which uninstalling leaves alone.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\dist\veldwerk"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\veldwerk.ico"
#endif

[Setup]
AppId={{55E2C654-1570-47D6-97B4-B460F807372D}
AppName=veldwerk
AppVersion={#AppVersion}
AppVerName=veldwerk {#AppVersion}
AppPublisher=The veldwerk developers
DefaultDirName={autopf}\veldwerk
DefaultGroupName=veldwerk
DisableProgramGroupPage=yes
; per user without administrator rights; /ALLUSERS (or the dialog) for every user
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=veldwerk-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\veldwerk.exe
UninstallDisplayName=veldwerk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\veldwerk"; Filename: "{app}\veldwerk.exe"; Comment: "Encrypted, offline case records"
Name: "{autodesktop}\veldwerk"; Filename: "{app}\veldwerk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\veldwerk.exe"; Description: "{cm:LaunchProgram,veldwerk}"; Flags: nowait postinstall skipifsilent
