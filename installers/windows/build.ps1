# The Windows installer, in one command (NOT YET TESTED: no Windows machine was at hand).
# On Windows 10/11 x64 with Python 3.11+ (python.org, with the "py" launcher) and
# Inno Setup 6 (https://jrsoftware.org/isdl.php, or: winget install JRSoftware.InnoSetup),
# from the project folder:
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
#
# It makes .venv, installs Shelter Desk with the `dist` extra, builds dist\shelter-desk\
# with PyInstaller, runs the bundle's --self-test, and writes
# dist\shelter-desk-VERSION-windows-setup.exe.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Invoke-Checked {
    param([string] $Program, [Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $Arguments failed (exit code $LASTEXITCODE)" }
}

$python = if ($env:PYTHON) { $env:PYTHON } else { "py" }
if (-not (Test-Path ".venv\Scripts\python.exe")) { Invoke-Checked $python -m venv .venv }
$venv = ".venv\Scripts\python.exe"
Invoke-Checked $venv -m pip install --quiet --upgrade pip
Invoke-Checked $venv -m pip install --quiet -e ".[dist]"

Remove-Item -Recurse -Force dist\shelter-desk, build\pyinstaller -ErrorAction SilentlyContinue
Invoke-Checked $venv -m PyInstaller --noconfirm --clean --distpath dist `
    --workpath build\pyinstaller installers\shelter-desk.spec

# The app itself has no console window: its twin shelter-desk-console.exe prints.
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked dist\shelter-desk\shelter-desk-console.exe --self-test
Remove-Item Env:\QT_QPA_PLATFORM

New-Item -ItemType Directory -Force build\windows | Out-Null
Invoke-Checked $venv -c ("from PIL import Image; Image.open('resources/icons/shelter-desk.png')" +
    ".save('build/windows/shelter-desk.ico', sizes=[(16, 16), (24, 24), (32, 32), (48, 48), " +
    "(64, 64), (128, 128), (256, 256)])")
$version = (& $venv -c "import shelter_desk; print(shelter_desk.__version__)").Trim()

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    $iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
              "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
              "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") |
        Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $iscc) { throw "Inno Setup 6 is needed: winget install JRSoftware.InnoSetup" }
Invoke-Checked $iscc "/DAppVersion=$version" installers\windows\shelter-desk.iss

$size = (Get-ChildItem -Recurse dist\shelter-desk | Measure-Object -Property Length -Sum).Sum
Write-Host ("Bundle: {0:N0} MB; installer: dist\shelter-desk-$version-windows-setup.exe" -f ($size / 1MB))
