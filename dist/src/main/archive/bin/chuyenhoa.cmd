@echo off
rem chuyenhoa @VERSION@ for Windows: runs lib\chuyenhoa.jar with Java 17 or later (JAVA_HOME, else java on the PATH).
rem Reviewed line by line against Microsoft's documentation of cmd; what was and was not tested: docs\install.md.
setlocal EnableExtensions DisableDelayedExpansion

rem The install folder, in its short 8.3 form where Windows keeps one: java.exe reads its arguments in the
rem system's ANSI code page, which may lack letters of the folder's name.
for %%I in ("%~dp0..") do set "APP=%%~fsI"

set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"

rem The Java's version, from its launcher's -fullversion, which starts no JVM: openjdk full version "21.0.5+11-LTS"
set "JV=none"
for /f "tokens=1-4" %%A in ('call "%JAVA%" -fullversion 2^>^&1') do if "%%C"=="version" set "JV=%%~D"
set "MAJOR=0"
for /f "delims=.+-_" %%M in ("%JV%") do set /a "MAJOR=%%M" >nul 2>&1
if %MAJOR% LSS 17 goto nojava

rem Start-up is most of a run: the serial collector and the C1 compiler only. A server runs for hours: both
rem compilers and a capped heap. Output in UTF-8, whatever the system's code pages.
set "JVM=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m"
if "%~1"=="serve" set "JVM=-XX:+UseSerialGC -Xmx128m -Xss4m"
set "UTF8=-Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8"

rem An archive of the classes a run loads, one per version of chuyenhoa and of Java, in the user's own
rem %LOCALAPPDATA%\chuyenhoa, never in the install folder. Made once, by a run of its own on a sample.
set "JSA="
if defined LOCALAPPDATA for %%I in ("%LOCALAPPDATA%") do set "JSA=%%~fsI\chuyenhoa\chuyenhoa-@VERSION@-java-%JV%.jsa"
if defined JSA if not exist "%JSA%" if not exist "%JSA%.none" call :archive

for /f "tokens=2 delims=:." %%C in ('chcp') do set "CODEPAGE=%%C"
chcp 65001 >nul 2>&1
if not defined JSA goto plain
if not exist "%JSA%" goto plain
"%JAVA%" %JVM% %UTF8% "-XX:SharedArchiveFile=%JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%APP%\lib\chuyenhoa.jar" %*
goto done
:plain
"%JAVA%" %JVM% %UTF8% -jar "%APP%\lib\chuyenhoa.jar" %*
:done
set "CODE=%ERRORLEVEL%"
if defined CODEPAGE chcp %CODEPAGE% >nul 2>&1
exit /b %CODE%

rem Written under a temporary name, then renamed: no run maps a half-written archive. If this Java makes none,
rem the .none file says so and no later run tries again.
:archive
for %%I in ("%JSA%") do if not exist "%%~dpI" mkdir "%%~dpI" >nul 2>&1
set "PART=%JSA%.%RANDOM%.tmp"
"%JAVA%" %JVM% %UTF8% "-XX:ArchiveClassesAtExit=%PART%" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%APP%\lib\chuyenhoa.jar" evaluate "%APP%\samples\tra-vinh-2023\phuong-5.json" >nul 2>&1
if exist "%PART%" move /y "%PART%" "%JSA%" >nul 2>&1
if exist "%PART%" del "%PART%" >nul 2>&1
if not exist "%JSA%" type nul >"%JSA%.none" 2>nul
exit /b 0

:nojava
>&2 echo chuyenhoa: can Java 17 tro len ("%JAVA%": Java %JV%). Hay cai Java 17 tro len, hoac dat JAVA_HOME.
>&2 echo chuyenhoa: Java 17 or later is needed ("%JAVA%": Java %JV%). Install Java 17 or later, or set JAVA_HOME.
exit /b 4
