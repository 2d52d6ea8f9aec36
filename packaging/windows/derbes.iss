; Inno Setup script: the Windows installer of Derbes, built from the PyInstaller one-folder
; bundle. On Windows, from the repository root:
;   py -m pip install -e .[package]
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\derbes.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\derbes.iss
; The installer lands in dist\installer\Derbes-Setup-<version>.exe.
;
; It installs per user (no administrator rights: an officer's computer is often locked down) into
; %LOCALAPPDATA%\Programs\Derbes, with a Start-menu entry and an uninstaller. The program keeps its
; databases, backups and logs in the per-user data folder %LOCALAPPDATA%\Derbes (platformdirs);
; the uninstaller leaves that folder alone, because it holds the operator's registers.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Derbes"
; the repository, seen from packaging\windows (relative paths start at the script)
#define Root "..\.."

[Setup]
AppId={{6F3C2B1E-8D4A-4E7B-9C51-2A7D0E9B4F13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Derbes
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist\installer
OutputBaseFilename=Derbes-Setup-{#AppVersion}
SetupIconFile={#Root}\app\resources\icons\derbes.ico
UninstallDisplayIcon={app}\derbes.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
; Inno Setup ships no Kazakh messages file; Kazakh users see the Russian or English installer.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\derbes\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; the per-user data folder exists from the start, so a first backup has somewhere to go
Name: "{localappdata}\{#AppName}"; Flags: uninsneveruninstall

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\derbes.exe"; WorkingDir: "{localappdata}\{#AppName}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\derbes.exe"; WorkingDir: "{localappdata}\{#AppName}"; Tasks: desktopicon

[Run]
Filename: "{app}\derbes.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; what the program itself put next to its files (nothing of the user's data folder)
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
