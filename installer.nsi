; JewelPOS Windows installer (NSIS 3, built on Linux by scripts/build-windows.sh).
;   makensis -DVERSION=0.1.0 -DAPPDIR=build/windows/app -DOUTFILE=dist/JewelPOS-Setup-0.1.0.exe installer.nsi
; Program files: C:\Program Files\JewelPOS (per machine; an upgrade installs over the old folder).
; Data (database, settings, backups, logs): C:\ProgramData\JewelPOS, kept on uninstall.
; Silent install for IT: JewelPOS-Setup-X.exe /S   (/D=C:\Other\Folder last to choose the folder)
; Silent uninstall:      "C:\Program Files\JewelPOS\uninstall.exe" /S

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef APPDIR
  !define APPDIR "build\windows\app"
!endif
!ifndef OUTFILE
  !define OUTFILE "dist\JewelPOS-Setup-${VERSION}.exe"
!endif

!define PRODUCT "JewelPOS"
!define PUBLISHER "JewelPOS"
!define REGKEY "Software\${PRODUCT}"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT}"

Unicode true
Target amd64-unicode
; zlib: several times quicker to build than lzma on a 2-core CI machine, for a bigger file.
SetCompressor zlib

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "${REGKEY}" "InstallDir"
RequestExecutionLevel admin
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "${PRODUCT} ${VERSION}"

!include "MUI2.nsh"
!define MUI_ICON "${APPDIR}\jewelpos.ico"
!define MUI_UNICON "${APPDIR}\jewelpos.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "Open JewelPOS"
!define MUI_FINISHPAGE_RUN_FUNCTION OpenCounter
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${PRODUCT} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "GPL-3.0-or-later"

Function OpenCounter
  Exec '"$INSTDIR\pythonw.exe" -m jewelpos --data-dir "$APPDATA\${PRODUCT}"'
FunctionEnd

Function .onInit
  SetShellVarContext all
  SetRegView 64
FunctionEnd

Function un.onInit
  SetShellVarContext all
  SetRegView 64
FunctionEnd

Section "JewelPOS" SecMain
  SectionIn RO
  ; Upgrade in place: the old program files go (the data folder is elsewhere and stays).
  RMDir /r "$INSTDIR\Lib"
  Delete "$INSTDIR\*.pyd"
  Delete "$INSTDIR\*.dll"
  SetOutPath "$INSTDIR"
  File /r "${APPDIR}\*"

  ; The data folder, writable by every user of this counter PC (the database lives there).
  CreateDirectory "$APPDATA\${PRODUCT}"
  nsExec::Exec 'icacls "$APPDATA\${PRODUCT}" /grant *S-1-5-32-545:(OI)(CI)M /T /Q'
  Pop $0

  ; jewelpos.cmd: the command line for IT and scheduled tasks (jewelpos.cmd backup, db upgrade...)
  FileOpen $0 "$INSTDIR\jewelpos.cmd" w
  FileWrite $0 '@"%~dp0python.exe" -m jewelpos --data-dir "$APPDATA\${PRODUCT}" %*$\r$\n'
  FileClose $0

  ; Shortcuts: pythonw.exe (no console window) runs the counter on the shared data folder.
  CreateDirectory "$SMPROGRAMS\${PRODUCT}"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\${PRODUCT}.lnk" "$INSTDIR\pythonw.exe" \
    '-m jewelpos --data-dir "$APPDATA\${PRODUCT}"' "$INSTDIR\jewelpos.ico" 0 SW_SHOWNORMAL "" \
    "JewelPOS counter"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\Uninstall ${PRODUCT}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\pythonw.exe" \
    '-m jewelpos --data-dir "$APPDATA\${PRODUCT}"' "$INSTDIR\jewelpos.ico" 0 SW_SHOWNORMAL "" \
    "JewelPOS counter"

  ; Where we are, for the next upgrade; Add/Remove Programs entry with a silent uninstall.
  WriteRegStr HKLM "${REGKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${REGKEY}" "DataDir" "$APPDATA\${PRODUCT}"
  WriteRegStr HKLM "${REGKEY}" "Version" "${VERSION}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\jewelpos.ico"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Program files and shortcuts go; the data folder (database, backups, logs) stays.
  Delete "$DESKTOP\${PRODUCT}.lnk"
  RMDir /r "$SMPROGRAMS\${PRODUCT}"
  RMDir /r "$INSTDIR\Lib"
  Delete "$INSTDIR\*.*"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTKEY}"
  DeleteRegKey HKLM "${REGKEY}"
  DetailPrint "The data folder $APPDATA\${PRODUCT} is kept."
SectionEnd
