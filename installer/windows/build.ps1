#Requires -Version 5.1
<#
.SYNOPSIS
Builds the Windows installer of BYOK Wizard under target\installer\. Run it on Windows: jpackage cannot
cross-build.

.DESCRIPTION
Produces, in target\installer\:
  byok-wizard\                                      app-image: byok-wizard.exe (the window), byok-wizard-cli.exe
                                                    (the command line, a console program), app\, and the jlinked
                                                    runtime\ with JavaFX's DLLs in runtime\bin
  byok-wizard-<version>-windows-x64.msi             per-user installer: no administrator rights, Start-menu entries
  byok-wizard-<version>-windows-x64-app-image.zip   the app-image, for machines where nothing may be installed
  *.sha256, byok-wizard-<version>-windows-x64-sbom.json (CycloneDX, runtime dependencies)

Needs: a JDK 17 for x64 with jmods (e.g. Temurin 17) in JAVA_HOME or on the PATH, Maven on the PATH, and the
WiX Toolset 3 (3.14 recommended). JDK 17's jpackage drives WiX 3's candle.exe and light.exe only; WiX 4 and
later are used by jpackage from JDK 24 on.

Written for Windows PowerShell 5.1 and PowerShell 7.

.EXAMPLE
powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#>
[CmdletBinding()]
param()

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# The MSI's UpgradeCode. Every version carries the same one, and Windows Installer uses it to find the installed
# version and replace it. NEVER CHANGE IT: with a new value the next MSI would install beside the old version
# instead of upgrading it.
$UpgradeUuid = '170c792b-091e-4113-9b13-fe6b7311e6f1'

$Description = 'Bring Your Own Key into AWS KMS: wrap a customer key on an air-gapped workstation and import it'
$Copyright = 'Copyright 2026 Netcore. Apache License 2.0'

# Runs a program and stops the build if it fails. Native programs' stderr is left alone: Windows PowerShell
# would turn it into errors under ErrorActionPreference Stop.
function Invoke-Tool {
    param([Parameter(Mandatory = $true)][string]$FilePath, [string[]]$ArgumentList = @())
    $ErrorActionPreference = 'Continue'
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) {
        throw "$([IO.Path]::GetFileName($FilePath)) failed with exit code $LASTEXITCODE"
    }
}

# The same, returning the program's standard output as lines (stderr dropped).
function Get-ToolOutput {
    param([Parameter(Mandatory = $true)][string]$FilePath, [string[]]$ArgumentList = @())
    $ErrorActionPreference = 'Continue'
    $lines = @(& $FilePath @ArgumentList 2>$null)
    if ($LASTEXITCODE -ne 0) {
        throw "$([IO.Path]::GetFileName($FilePath)) failed with exit code $LASTEXITCODE"
    }
    return $lines
}

# The bin folder of a WiX Toolset 3: on the PATH, in %WIX%, or in Program Files; $null if there is none.
function Find-Wix3 {
    $dirs = @()
    $candle = Get-Command candle.exe -ErrorAction SilentlyContinue
    if ($candle) { $dirs += Split-Path -Parent $candle.Source }
    if ($env:WIX) { $dirs += Join-Path $env:WIX 'bin' }
    foreach ($programFiles in @(${env:ProgramFiles(x86)}, $env:ProgramFiles)) {
        if ($programFiles -and (Test-Path $programFiles)) {
            $dirs += @(Get-ChildItem -Path $programFiles -Directory -Filter 'WiX Toolset v3*' -ErrorAction SilentlyContinue |
                    Sort-Object Name -Descending | ForEach-Object { Join-Path $_.FullName 'bin' })
        }
    }
    foreach ($dir in $dirs) {
        if ((Test-Path (Join-Path $dir 'candle.exe')) -and (Test-Path (Join-Path $dir 'light.exe'))) {
            return $dir
        }
    }
    return $null
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Push-Location $Root
try {
    # --- tools -------------------------------------------------------------------------------------------------
    $JavaHome = $env:JAVA_HOME
    if (-not $JavaHome) {
        $javac = Get-Command javac.exe -ErrorAction SilentlyContinue
        if (-not $javac) { throw 'JAVA_HOME is not set and javac.exe is not on the PATH: a JDK 17 is needed' }
        $JavaHome = Split-Path -Parent (Split-Path -Parent $javac.Source)
    }
    $env:JAVA_HOME = $JavaHome
    $Java = Join-Path $JavaHome 'bin\java.exe'
    $Jpackage = Join-Path $JavaHome 'bin\jpackage.exe'
    if (-not (Test-Path $Jpackage)) { throw "no jpackage.exe in $JavaHome\bin (a full JDK 17 or later is needed)" }

    # java -XshowSettings prints to stderr; the JavaFX jars and the runtime must both be x64
    $ErrorActionPreference = 'Continue'
    $settings = (& $Java '-XshowSettings:properties' '-version' 2>&1 | ForEach-Object { "$_" }) -join "`n"
    $ErrorActionPreference = 'Stop'
    if ($settings -notmatch 'os\.arch = (\S+)') { throw "cannot read os.arch from $Java" }
    if ($Matches[1] -ne 'amd64') { throw "the JDK is for $($Matches[1]); this build packages for x64 and takes JavaFX's win (x64) jars" }

    if (-not (Get-Command mvn -ErrorAction SilentlyContinue)) { throw 'mvn is not on the PATH' }

    $wixBin = Find-Wix3
    if (-not $wixBin) {
        throw 'WiX Toolset 3 not found (candle.exe, light.exe). Install WiX 3.14, e.g. "choco install wixtoolset --version 3.14.1"; JDK 17''s jpackage cannot use WiX 4 or later.'
    }
    $wixVersion = (Get-Item (Join-Path $wixBin 'candle.exe')).VersionInfo.FileVersion
    if ("$wixVersion" -notmatch '^(\d+)\.(\d+)') { throw "cannot read the WiX version from $wixBin\candle.exe" }
    if ($Matches[1] -ne '3') { throw "WiX $($Matches[1]).$($Matches[2]) found in $wixBin; JDK 17's jpackage needs WiX 3" }
    Write-Host "WiX $($Matches[1]).$($Matches[2]) in $wixBin"
    $env:PATH = "$wixBin;$env:PATH"

    # --- build -------------------------------------------------------------------------------------------------
    # clean: no jar of an older build (or of another platform) may end up in the package. The quotes keep
    # PowerShell from splitting the property name at its dot.
    Invoke-Tool mvn @('-q', '-B', '-DskipTests', '-Pdist', '-Djavafx.platform=win', 'clean', 'package')

    $propsFile = Join-Path $Root 'target\classes\com\netcore\byok\version.properties'
    $Version = ''
    foreach ($line in Get-Content $propsFile) {
        if ($line -match '^version=(.+)$') { $Version = $Matches[1].Trim(); break }
    }
    if (-not $Version) { throw "no version in $propsFile" }
    # Windows Installer versions are MAJOR.MINOR.BUILD with MAJOR, MINOR <= 255 and BUILD <= 65535: the
    # launchers and the MSI get the numbers only (0.2.0-SNAPSHOT -> 0.2.0), the file names the full version
    $Numeric = $Version -replace '[-+].*$', ''
    if ($Numeric -notmatch '^(\d+)\.(\d+)(\.(\d+))?$') { throw "version $Version is not MAJOR.MINOR.PATCH" }
    if ([int]$Matches[1] -gt 255 -or [int]$Matches[2] -gt 255 -or ($Matches[4] -and [int]$Matches[4] -gt 65535)) {
        throw "version $Numeric is beyond what Windows Installer accepts (255.255.65535)"
    }

    # --- staging -----------------------------------------------------------------------------------------------
    $Out = Join-Path $Root 'target\installer'
    if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
    $InputDir = Join-Path $Out 'input'
    $FxDir = Join-Path $Out 'javafx'
    $Runtime = Join-Path $Out 'runtime'
    New-Item -ItemType Directory -Force -Path $InputDir, $FxDir | Out-Null

    # the application jars go on the class path; JavaFX becomes named modules of the runtime
    Copy-Item (Join-Path $Root 'target\byok-wizard.jar') $InputDir
    foreach ($jar in Get-ChildItem (Join-Path $Root 'target\lib') -Filter '*.jar') {
        if ($jar.Name -like 'javafx-*-win.jar') { Copy-Item $jar.FullName $FxDir }
        elseif ($jar.Name -like 'javafx-*') { } # empty placeholder jars
        else { Copy-Item $jar.FullName $InputDir }
    }
    $graphics = @(Get-ChildItem $FxDir -Filter 'javafx-graphics-*-win.jar')
    if ($graphics.Count -ne 1) { throw 'Maven did not bring javafx-graphics-*-win.jar into target\lib' }

    # modules: what jdeps finds, plus what is only reached through services or reflection
    # (jdk.crypto.ec: elliptic-curve TLS to AWS; jdk.unsupported: JavaFX's renderer)
    $jars = @(Get-ChildItem $InputDir -Filter '*.jar' | ForEach-Object { $_.FullName })
    $jdepsArgs = @('--multi-release', '17', '--ignore-missing-deps', '--print-module-deps',
        '--module-path', $FxDir, '-cp', ($jars -join ';')) + $jars
    $found = @(Get-ToolOutput (Join-Path $JavaHome 'bin\jdeps.exe') $jdepsArgs | Where-Object { $_ -match '\S' })
    if ($found.Count -eq 0) { throw 'jdeps printed no modules' }
    $wanted = @($found[-1].Trim() -split ',') + @('javafx.controls', 'javafx.fxml', 'jdk.crypto.ec', 'jdk.unsupported', 'java.logging')
    $Modules = (@($wanted | ForEach-Object { $_.Trim() } | Where-Object { $_ } | Sort-Object -Unique)) -join ','
    Write-Host "runtime modules: $Modules"

    $jmods = Join-Path $JavaHome 'jmods'
    $modulePath = if (Test-Path $jmods) { "$jmods;$FxDir" } else { $FxDir } # JDK 24+ links from its run-time image
    Invoke-Tool (Join-Path $JavaHome 'bin\jlink.exe') @('--module-path', $modulePath, '--add-modules', $Modules,
        '--exclude-resources', 'glob:/javafx.graphics/*.dll',
        '--strip-debug', '--no-header-files', '--no-man-pages', '--strip-native-commands',
        '--output', $Runtime)

    # JavaFX's DLLs sit in runtime\bin, where JavaFX's own jmods put them on Windows: nothing is extracted into
    # %USERPROFILE%\.openjfx at the first start. The JavaFX jar also carries the Visual C++ runtime DLLs; where
    # the JDK already put a copy into runtime\bin, the JDK's copy stays.
    Add-Type -AssemblyName 'System.IO.Compression', 'System.IO.Compression.FileSystem'
    $bin = Join-Path $Runtime 'bin'
    $copied = @()
    $kept = @()
    $zip = [System.IO.Compression.ZipFile]::OpenRead($graphics[0].FullName)
    try {
        foreach ($entry in $zip.Entries) {
            if ($entry.FullName -like '*/*' -or $entry.Name -notlike '*.dll') { continue }
            $target = Join-Path $bin $entry.Name
            if (Test-Path $target) { $kept += $entry.Name; continue }
            [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, $target)
            $copied += $entry.Name
        }
    }
    finally {
        $zip.Dispose()
    }
    if (-not (Test-Path (Join-Path $bin 'glass.dll'))) { throw "glass.dll is missing from $bin" }
    Write-Host "JavaFX DLLs copied into runtime\bin: $($copied -join ' ')"
    if ($kept.Count -gt 0) { Write-Host "already in runtime\bin from the JDK, kept: $($kept -join ' ')" }
    $left = @(Get-ToolOutput (Join-Path $JavaHome 'bin\jimage.exe') @('list', (Join-Path $Runtime 'lib\modules')) |
            Where-Object { $_ -match '\.dll\s*$' })
    if ($left.Count -gt 0) { throw "$($left.Count) DLLs are still inside the runtime's modules file" }

    # --- jpackage ----------------------------------------------------------------------------------------------
    $Common = @('--name', 'byok-wizard', '--app-version', $Numeric, '--vendor', 'Netcore',
        '--description', $Description, '--copyright', $Copyright)
    $AppImage = Join-Path $Out 'byok-wizard'

    Invoke-Tool $Jpackage ($Common + @('--type', 'app-image', '--dest', $Out,
            '--input', $InputDir, '--main-jar', 'byok-wizard.jar', '--main-class', 'com.netcore.byok.Main',
            '--runtime-image', $Runtime, '--icon', (Join-Path $Root 'icons\byok-wizard.ico'),
            '--java-options', '-Dfile.encoding=UTF-8', '--java-options', '-Xshare:auto',
            '--java-options', '-XX:-CreateCoredumpOnCrash',
            '--add-launcher', "byok-wizard-cli=$(Join-Path $Root 'installer\windows\byok-wizard-cli.properties')"))

    # the console launcher with arguments is the command line: a quick check that launchers, runtime and class
    # path fit together
    $reported = (Get-ToolOutput (Join-Path $AppImage 'byok-wizard-cli.exe') @('--version')) -join "`n"
    if ($reported -notlike "*BYOK Wizard $Version*") {
        throw "byok-wizard-cli.exe --version printed '$reported', not $Version"
    }
    Write-Host $reported

    # per-user install: %LOCALAPPDATA%\byok-wizard, HKCU registry entries, no administrator rights;
    # Start menu: folder "BYOK Wizard" (JDK 17 also gives the second launcher an entry there)
    Invoke-Tool $Jpackage ($Common + @('--type', 'msi', '--dest', $Out, '--app-image', $AppImage,
            '--resource-dir', (Join-Path $Root 'installer\windows\resources'),
            '--license-file', (Join-Path $Root 'LICENSE'),
            '--win-per-user-install', '--win-menu', '--win-menu-group', 'BYOK Wizard',
            '--win-upgrade-uuid', $UpgradeUuid))

    # jpackage names it byok-wizard-<app-version>.msi; the name carries the full version and the platform
    $msi = @(Get-ChildItem $Out -Filter '*.msi')
    if ($msi.Count -ne 1) { throw "expected one .msi in $Out" }
    Move-Item $msi[0].FullName (Join-Path $Out "byok-wizard-$Version-windows-x64.msi")

    $zipFile = Join-Path $Out "byok-wizard-$Version-windows-x64-app-image.zip"
    [System.IO.Compression.ZipFile]::CreateFromDirectory($AppImage, $zipFile,
        [System.IO.Compression.CompressionLevel]::Optimal, $true)

    Copy-Item (Join-Path $Root 'target\bom.json') (Join-Path $Out "byok-wizard-$Version-windows-x64-sbom.json")

    # one "<sha256>  <name>" line with LF, as sha256sum writes it: "sha256sum -c" checks it elsewhere, and
    # Get-FileHash shows the same value here
    foreach ($file in @(Get-ChildItem $Out -File | Where-Object { $_.Name -match '\.(msi|zip)$|-sbom\.json$' })) {
        $hash = (Get-FileHash -Algorithm SHA256 -LiteralPath $file.FullName).Hash.ToLowerInvariant()
        [System.IO.File]::WriteAllText("$($file.FullName).sha256", "$hash  $($file.Name)`n")
    }

    Write-Host ''
    Write-Host "Built in ${Out}:"
    foreach ($file in @(Get-ChildItem $Out -File | Sort-Object Name)) {
        Write-Host ('  {0,-55} {1,10} bytes' -f $file.Name, $file.Length)
    }
    Write-Host '  not signed (Authenticode): see installer\README.md before handing these out'
}
finally {
    Pop-Location
}
