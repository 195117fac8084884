# Builds a release stroom.exe on Windows and packs it as
#   dist\stroom-<version>-windows-<arch>.zip  (stroom.exe, the Swift runtime DLLs, README.md, LICENSE)
#   dist\stroom-<version>-windows-<arch>.zip.sha256
# and leaves the program with its DLLs in dist\windows-<arch>\ for the wheel and the VS Code
# extension. The same steps as build-binary.sh: the commit goes into BuildInfo.swift for the
# build and the file is restored afterwards.
#
#   pwsh Packaging/build-binary.ps1 [-Target windows-x86_64]
param(
    [string]$Target = ""
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$ProjectInfo = Join-Path $Root 'Sources/StroomModel/Project/ProjectInfo.swift'
$BuildInfo = Join-Path $Root 'Sources/StroomModel/Project/BuildInfo.swift'

function Get-ProjectInfo([string]$Name) {
    $line = Select-String -Path $ProjectInfo -Pattern "^\s*public static let $Name = `"([^`"]*)`"" | Select-Object -First 1
    if (-not $line) { throw "no '$Name' in $ProjectInfo" }
    return $line.Matches[0].Groups[1].Value
}

$Version = Get-ProjectInfo 'version'
$Arch = if ($env:PROCESSOR_ARCHITECTURE -eq 'ARM64') { 'arm64' } else { 'x86_64' }
if (-not $Target) { $Target = "windows-$Arch" }

# The commit, when this is a git checkout; -modified when files differ from it.
$Commit = ''
git rev-parse --git-dir *> $null
if ($LASTEXITCODE -eq 0) {
    $Commit = (git rev-parse --short=12 HEAD).Trim()
    if (git status --porcelain --untracked-files=no) { $Commit = "$Commit-modified" }
}

$Saved = [System.IO.File]::ReadAllBytes($BuildInfo)
try {
    if ($Commit) {
        $text = [System.IO.File]::ReadAllText($BuildInfo)
        $text = $text.Replace('public static let commit: String? = nil', "public static let commit: String? = `"$Commit`"")
        if (-not $text.Contains("`"$Commit`"")) { throw "could not record the commit in $BuildInfo" }
        [System.IO.File]::WriteAllText($BuildInfo, $text)
    }
    swift build -c release --product stroom
    if ($LASTEXITCODE -ne 0) { throw "swift build failed" }
    $BinDir = (swift build -c release --product stroom --show-bin-path | Select-Object -Last 1).Trim()
} finally {
    [System.IO.File]::WriteAllBytes($BuildInfo, $Saved)
}

$Out = Join-Path $Root "dist/$Target"
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
New-Item -ItemType Directory -Force -Path $Out | Out-Null
Copy-Item (Join-Path $BinDir 'stroom.exe') $Out

# The Swift runtime: the folder on PATH that holds swiftCore.dll (the toolchain's runtime
# redistributable). All its DLLs go beside stroom.exe, which Windows searches first.
$Runtime = $env:Path -split ';' | Where-Object { $_ -and (Test-Path (Join-Path $_ 'swiftCore.dll')) } | Select-Object -First 1
if (-not $Runtime) { throw 'the Swift runtime (swiftCore.dll) is not on PATH' }
Get-ChildItem -Path $Runtime -Filter '*.dll' | Copy-Item -Destination $Out

$Name = "stroom-$Version-$Target"
$Stage = Join-Path ([System.IO.Path]::GetTempPath()) ([System.Guid]::NewGuid().ToString())
$Folder = Join-Path $Stage $Name
New-Item -ItemType Directory -Force -Path $Folder | Out-Null
Copy-Item (Join-Path $Out '*') $Folder
Copy-Item README.md, LICENSE $Folder
$Zip = Join-Path $Root "dist/$Name.zip"
if (Test-Path $Zip) { Remove-Item -Force $Zip }
Compress-Archive -Path $Folder -DestinationPath $Zip
Remove-Item -Recurse -Force $Stage
$Hash = (Get-FileHash -Algorithm SHA256 $Zip).Hash.ToLowerInvariant()
# The format of sha256sum, so that `sha256sum -c` checks it.
[System.IO.File]::WriteAllText("$Zip.sha256", "$Hash  $Name.zip`n")

& (Join-Path $Out 'stroom.exe') --version
if ($LASTEXITCODE -ne 0) { throw 'stroom.exe --version failed' }
Write-Output "dist/$Name.zip"
