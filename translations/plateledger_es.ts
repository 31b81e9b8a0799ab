<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>PlateLedger — accountable license-plate-reader workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create the store at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a throw-away demo store with one user per role and print their credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store (deleted when PlateLedger exits): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case for searches: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::AlertsCommand</name>
    <message>
        <source>alerts [--all]
    Your hot-list alerts not yet acknowledged (--all: acknowledged ones too), newest first, as tab-separated lines after a header line: id, kind (hit or possible), plate as read, entry plate, state as read, read time (UTC), device, category, case, acknowledged (UTC). Listing them counts as showing them and is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts ack ID [--note TEXT]
    Acknowledges one of your alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the alert&apos;s number: alerts ack ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an alert number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected words: %1. Quote a note that has spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged alert %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::AuditListCommand</name>
    <message>
        <source>audit list [--limit N] [--before SEQ]
    The newest audit events as tab-separated lines: seq, time (UTC), user, on behalf of, action, outcome, target kind, target, case, reason, details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::AuditVerifyCommand</name>
    <message>
        <source>audit verify
    Check the audit trail&apos;s hash chain. Exit code 0 only if it is intact; otherwise %1 and the first broken event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: %1 events verified, chain head #%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail BROKEN at event #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified %1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::CaseCommand</name>
    <message>
        <source>case open NUMBER --title TITLE --kind administrative|criminal [--offense CATEGORY]
    Opens a case; a criminal case needs an offense category (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case close NUMBER [--reason TEXT]
    Closes a case; its reads are then purged on schedule like any other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case list [--all]
    Open cases (with --all, closed ones too) as tab-separated lines: number, kind, offense, status, opened (UTC), opened by, lead, linked reads, title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case number: %1 NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected words: %1. Quote a case number or title that has spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be administrative or criminal, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --kind administrative or --kind criminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::CliApplication</name>
    <message>
        <source>Usage: plateledger-cli [--store PATH] [--user NAME] COMMAND [OPTIONS]

The store defaults to %1.
Passwords are read from the terminal, or from the environment variable PLATELEDGER_PASSWORD for scripts; never from the command line.
Every command that opens the store prints the permitted-use notice and is recorded in the audit trail.

Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run plateledger-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected options for this command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 must be changed before continuing. Run:
  plateledger-cli --store %2 --user %1 passwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the command failed, 2 bad command line, 3 log-in refused, 4 store unavailable, 5 not allowed for your role, 6 audit trail broken, 7 import finished but rows were rejected, 8 import failed or refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::CliArguments</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never taken on the command line, where other users and the shell history can see them. Set PLATELEDGER_PASSWORD or answer the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::HotListCommand</name>
    <message>
        <source>hotlist add PLATE --state ST --reason TEXT --case NUMBER [--category NAME] [--expires YYYY-MM-DD] [--review-by YYYY-MM-DD] [--no-possible]
    Adds a plate to your hot list; new reads of it alert you alone. &apos;?&apos; stands for one character, &apos;*&apos; for any run. --state &quot;&quot; when the state is not known. Categories: %1 (default other). Dates are UTC days: the entry expires, or is due for review, at the end of that day; the review date defaults to the longest the policy allows. --no-possible: no alerts for OCR look-alikes. Prints the new entry&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotlist list [--all] [--removed]
    Your hot-list entries (--all: every entry of the station, for supervisors; --removed: removed ones too) as tab-separated lines after a header line: id, plate, state, category, reason, case, owner, list, added (UTC), review by (UTC), expires (UTC), status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotlist review ID [--note TEXT]
    Confirms that your entry is still needed: it alerts again until the next review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotlist remove ID --reason TEXT
    Takes your entry off the hot list; it is kept, with the reason, as history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the plate: hotlist add PLATE --state ST --reason TEXT --case NUMBER. Quote a plate with &apos;*&apos; or &apos;?&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the entry&apos;s number: %1 ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hot-list entry number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected words: %1. Quote a plate, reason or note that has spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --state with the plate&apos;s two-letter state or province code, or --state &quot;&quot; when it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date; write it as 2026-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed hot-list entry %1; next review by %2 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed hot-list entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::HotListImportCommand</name>
    <message>
        <source>hotlist import FILE --case NUM --reason TEXT [--profile ID] [--list NAME] [--state XX]
    Import a hot list (NCIC extract, state or vendor list). You own the list and its entries, so their alerts come to you. Importing a list of the same name again replaces its entries. The profile is detected when not given; the list is named after the profile unless --list names it; --state is the state of records that give none. Exit code 0 when every record was stored, %1 when some were rejected, %2 when the import failed or was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to import: hotlist import FILE --case NUM --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot list &quot;%1&quot; replaced by import %2 (profile %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot list &quot;%1&quot; created by import %2 (profile %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  records:      %1
  stored:       %2 (%3 with flags)
  duplicates:   %4
  skipped:      %5 (by the profile&apos;s rules, such as expiry)
  rejected:     %6
  list entries: %7 added, %8 kept, %9 removed
  other lines:  %10 (header, blank lines, comments, trailer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records with issues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1 %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more, kept with the import in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCEPTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::HotListReportCommand</name>
    <message>
        <source>hotlist report --month YYYY-MM [--csv FILE]
    The hot lists&apos; month for supervisors (calendar month in UTC): per list, entries at the month&apos;s end, entries added, reviewed and removed in it, entries overdue for review at its end, alerts raised (hits and possible matches); then each entry that raised alerts. Printed as tab-separated blocks with header lines, or with --csv written to FILE. Viewing and exporting are recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the month to report on: hotlist report --month 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected words: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write: --csv FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still running: the figures are as of %2 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the hot-list report for %1 to %2 (SHA-256 %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::ImportCommand</name>
    <message>
        <source>import FILE --device NAME [--device-type covert|mobile|fixed] [--profile ID] [--tz ZONE] [--sheet NAME] [--video-start &quot;YYYY-MM-DD HH:MM:SS&quot;] [--rejects OUT.csv] [--confirm-reimport]
    Import a reader dump (CSV or similar text, or .xlsx). The device is created if it does not exist; a device column in the file names each row&apos;s device. The profile is detected when not given. Exit code 0 when every row was stored, %1 when some rows were rejected, %2 when the import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import list
    The latest imports, tab-separated: id, started (UTC), status, file, SHA-256, profile, device, user, rows, stored, flagged, duplicates, rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import resume ID [--rejects OUT.csv]
    Continue an interrupted, cancelled or failed import from its last committed batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import rollback ID
    Remove the reads an incomplete import stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to import: import FILE --device NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of the import (see import list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device type &quot;%1&quot; (covert, mobile or fixed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the video start &quot;%1&quot;; write it as YYYY-MM-DD HH:MM:SS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rows read:          %1
  reads stored:       %2 (%3 with flags)
  duplicates skipped: %4
  rows rejected:      %5
  other lines:        %6 (header, titles, blank lines, trailer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected and duplicate rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1 %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more (see --rejects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same vehicle (OCR look-alikes, not merged): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected and duplicate rows written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 rolled back: %2 reads removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume it with: import resume %1, or remove its reads with: import rollback %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To import it again anyway, add --confirm-reimport.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::InfoCommand</name>
    <message>
        <source>info
    The store&apos;s summary: schema version, counts, audit chain head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this program knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::InitCommand</name>
    <message>
        <source>init --admin NAME [--display-name TEXT] [--training-date YYYY-MM-DD]
    Create a new store and its first administrator (training recorded as of today unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --admin NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training date %1 is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-slot file %1 (back it up together with the store: neither opens without the other).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::PasswdCommand</name>
    <message>
        <source>passwd
    Change your password (also when it is due). The current one comes from PLATELEDGER_PASSWORD or the prompt, the new one from PLATELEDGER_NEW_PASSWORD or the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::PasswordSource</name>
    <message>
        <source>No password given: run on a terminal to be asked, or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::RecognizeCommand</name>
    <message>
        <source>recognize IMAGE...|FOLDER [--tsv|--json] [--candidates N]
    Finds and reads the plates in photos (JPEG, PNG, BMP, TIFF). --tsv: one line per image, the file name then the candidate plates, best first; --json: plates with their boxes, corners and confidences. Nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one image or a folder of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --tsv or --json, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--candidates needs a number from 1 to 20, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an image that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no plate found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (confidence %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    or: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::RetentionRunCommand</name>
    <message>
        <source>retention run [--dry-run]
    Removes reads taken before the retention cut-off that no open case holds, with their images and verifications, and the rejected lines of imports older than the cut-off. --dry-run only counts them. Every purge is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected words: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off (UTC): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads that would be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads held by open cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected import lines that would be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifications removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to closed cases removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected import lines removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 of %2 reads…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::app::SearchCommand</name>
    <message>
        <source>search --case NUM --reason TEXT [--on-behalf-of NAME] [--similar|--contains] [--from DATE] [--to DATE] PATTERN
    Searches reads for a plate, for an open case and with a reason (both recorded in the audit trail). &apos;?&apos; stands for one character, &apos;*&apos; for any run. --similar also finds OCR look-alikes and plates with one character missing or extra; --contains finds the text anywhere in a plate. Dates are UTC, as 2026-03-01 or 2026-03-01T14:30:00; a --to date without a time includes that whole day. Prints tab-separated lines: read id, plate, state, time (UTC), latitude, longitude, device, confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one plate pattern to search for (quote it if it contains &apos;*&apos; or &apos;?&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --similar or --contains, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date or date-time; write it as 2026-03-01 or 2026-03-01T14:30:00 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) found. %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::core::AccountService</name>
    <message>
        <source>A user name has 2 to 64 characters: letters, digits, dot, dash or underscore, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name (up to 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training date is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot do this to your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active administrator; make another user an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is deactivated; reactivate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for deactivating the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::AlertService</name>
    <message>
        <source>You have no alert %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1 was already acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::AnomalyRules</name>
    <message>
        <source>Search outside usual hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many searches in one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate searched under many cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate searched by many users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short search reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason repeated word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search using a window exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of an unknown person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot-list entry overdue for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export of reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed log-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searched at %1 local time; only %2 of %3&apos;s %n search(es) in the 90 days before fell within an hour of that time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched at %1 local time, outside the station&apos;s working hours (%2:00 to %3:00); %4 made only %n search(es) in the 90 days before, too few to know their usual hours.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search number %1 by %2 on %3 (local time); more than %n search(es) by one user in a day are flagged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plate %1 was searched under %n different case(s) within %2 days: %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plate %1 was searched by %n different user(s) within %2 days: %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reason &quot;%1&quot; has %n character(s); reasons shorter than %2 characters are flagged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave the reason &quot;%2&quot; for %n search(es) within %3 days; more than %4 are flagged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This search used the approved query-window exception #%1 to look further back than the case allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search was run on behalf of &quot;%1&quot;, who matches no user&apos;s log-in or display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hot-list entry #%1 (%2) was due for review on %3 and is %n day(s) overdue; this is the latest event that names it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A case export of %n read(s) was written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) from search results were exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected import row(s) were exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reads were exported (%1) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The account &quot;%1&quot; was locked after %n failed log-in(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed log-in number %1 for the name &quot;%2&quot; on %3 (local time); from %n in a day on they are flagged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; was changed from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map settings were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offense category &quot;%1&quot; and its statute of limitations were changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::AuditBrowser</name>
    <message>
        <source>This filter was applied by someone else; apply it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 is not among the events this filter shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::AuditFilter</name>
    <message>
        <source>The end of the time range must be after its beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outcome &quot;%1&quot;: use success, failure or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action name: names look like search.run, or search.* for all of a kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::AuditFlagService</name>
    <message>
        <source>Write a note saying what you found when you reviewed the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 has no anomaly flag; only flagged events are marked reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 was already reviewed by %2 on %3; a review is kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the anomaly flags was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::AuditLog</name>
    <message>
        <source>Event #%1 is missing (deleted) before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events #%1 to #%2 are missing (deleted) before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not link to the event before it: an event was deleted, inserted or moved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its recorded hash: it was edited or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain head records event #%1 but the last event is #%2: the newest events were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain head does not match event #%1: the newest event was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 (%2, %3 by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 is missing (deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events #%1 to #%2 are missing (deleted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::AuditReport</name>
    <message>
        <source>Administrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::AuditReportService</name>
    <message>
        <source>Choose a period whose first day comes before its last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report period begins and ends at midnight UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 has not begun yet; there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::AuditReviewService</name>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period whose end comes after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends on %1, which has not passed yet; a review covers a period that has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1, started by %2 and not yet signed, covers part of this period. Finish that review first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no review %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 is not one of the events of review %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 is signed; it cannot change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 was already checked by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 was flagged: write down what you found before marking it checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note to sign the review with: what was looked at and what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the review are not checked yet. Check every event before signing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Review %1 is not signed yet; only a signed review can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events up to the last one covered are no longer intact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1, the last one covered, is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1, the last one covered, no longer has the hash recorded when the review was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Events #%1 to #%2 now number %3; %n were signed for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The review now lists %1 flagged and %2 sampled events; it was signed with %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the review are no longer marked checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The review&apos;s signing event #%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 is not the signature of this review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review&apos;s signing event #%1 was edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review&apos;s %1 is &quot;%2&quot; but was signed as &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::Authenticator</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator if you need access.</source>
        <translation>Esta cuenta está desactivada. Pida acceso a un administrador si lo necesita.</translation>
    </message>
    <message>
        <source>Too many failed log-in attempts: this account is locked until %1. An administrator can unlock it sooner.</source>
        <translation>Demasiados intentos fallidos: esta cuenta está bloqueada hasta las %1. Un administrador puede desbloquearla antes.</translation>
    </message>
    <message>
        <source>The key-slot file %1 belongs to a different store than %2; the store was not opened.</source>
        <translation>El archivo de claves %1 pertenece a otro almacén distinto de %2; el almacén no se abrió.</translation>
    </message>
    <message>
        <source>This account has a key but no record in the store. Ask an administrator to check the account.</source>
        <translation>Esta cuenta tiene clave pero no tiene registro en el almacén. Pida a un administrador que revise la cuenta.</translation>
    </message>
    <message>
        <source>There is no training record for this account. An administrator must record your completed training before you can log in.</source>
        <translation>No hay registro de formación para esta cuenta. Un administrador debe registrar su formación antes de que pueda iniciar sesión.</translation>
    </message>
    <message>
        <source>Your training expired on %1. An administrator must record your refresher training before you can log in.</source>
        <translation>Su formación caducó el %1. Un administrador debe registrar su formación de actualización antes de que pueda iniciar sesión.</translation>
    </message>
    <message>
        <source>A key-slot file already exists at %1; choose another location for the new store.</source>
        <translation>Ya existe un archivo de claves en %1; elija otra ubicación para el nuevo almacén.</translation>
    </message>
</context>
<context>
    <name>pl::core::Basemap</name>
    <message>
        <source>The file is not a PlateLedger basemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basemap has format version %1; this version of PlateLedger reads version %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basemap file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basemap file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map data: Natural Earth, US Census Bureau; place names © GeoNames (CC BY 4.0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::CameraRunner</name>
    <message>
        <source>Reads cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate recognition cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::CameraService</name>
    <message>
        <source>A camera needs a name of 1 to 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter where to reach the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USB camera: enter its index (0, 1, ...) or its device path (/dev/video0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a camera address: enter a URL starting with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the user name or password in the URL; enter them in their own fields, where the password is stored sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file &quot;%1&quot; does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location needs both latitude (-90 to 90) and longitude (-180 to 180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time within which the same plate is one read must be 1 to 120 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest confidence stored must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no camera %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera &quot;%1&quot; is switched off in its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::CameraSettings</name>
    <message>
        <source>USB camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP camera (RTSP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP camera (MJPEG over HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video file (replay)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::CaseExportService</name>
    <message>
        <source>Case %1 has no confirmed reads to export. Only reads linked to the case and confirmed against their images are exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An LPR read is never the sole basis for enforcement action. Each read below was confirmed by a person against its image; the vehicle must still be confirmed by independent means.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::CaseFile</name>
    <message>
        <source>administrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criminal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::CaseService</name>
    <message>
        <source>Enter a case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case number has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case number cannot contain line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title for the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criminal case needs an offense category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offense category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrative case has no offense category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead investigator is not an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is closed; reads can no longer be linked to or unlinked from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 is already linked to case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 is not linked to case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of years must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::CharClassifier</name>
    <message>
        <source>The character model %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::ConsentText</name>
    <message>
        <source>The consent text is missing from this build of PlateLedger; nobody can log in without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::CredentialCipher</name>
    <message>
        <source>The store key is not available to seal credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored credentials cannot be opened; enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::CsvReader</name>
    <message>
        <source>The delimiter and quote settings cannot be used: the delimiter must be one ASCII character other than the quote, CR, LF and NUL, and the record size limit must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file failed at byte offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, byte offset %2: binary data (a NUL byte) where text was expected — this is not a delimited text file, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field starts here and is never closed — the file ends inside the quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a record longer than %2 starts here, and the quoted field opened on line %3 is never closed — the file is not a reader dump or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a record longer than %2 starts here — the file is not a reader dump or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte at byte offset %1), not delimited text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data (%1 of its first %2 bytes are control characters), not delimited text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::Database</name>
    <message>
        <source>The store file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database library in use does not encrypt (SQLCipher is not active); refusing to continue so nothing is written unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is in use by another PlateLedger program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store operation failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file cannot be decrypted or is not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::Device</name>
    <message>
        <source>covert reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::ExceptionService</name>
    <message>
        <source>Give the reason the search must reach further back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the earliest time the search must reach back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest time must be in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches for case %1 already reach back to %2; no exception is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is closed; no exception can be requested or approved for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exception request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception request %1 has already been decided (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot decide your own exception request; another supervisor must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for refusing the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::FrameSource</name>
    <message>
        <source>The USB camera %1 cannot be opened: it is not connected, another program is using it, or this account may not use video devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RTSP stream %1 cannot be opened: check the address, the network and the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be played: it is missing, not a video, or in a format this station cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stopped sending frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s host &quot;%1&quot; is not known on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused): check the address and port, and that the camera is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera refused the user name or password (HTTP %1). Check them in the camera&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera asks for a user name and password (HTTP %1). Enter them in the camera&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera has no stream at %1 (HTTP 404). Check the path in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera answered HTTP %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address serves &quot;%1&quot;, not an MJPEG stream or a JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s answer is not valid HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frame arrived for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::HotListCategory</name>
    <message>
        <source>Stolen vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle used in a felony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMBER alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violent person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gang or terrorist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex offender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervised release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen Canadian vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration violator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended registration or licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::HotListImportRow</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::HotListImportRunner</name>
    <message>
        <source>Case %1 is closed; a hot list cannot be held for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hot list &quot;%1&quot; belongs to %2; only they can replace it. Import under another list name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed after it was checked; start the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no hot-list records; the list was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n record(s) of &quot;%1&quot; could be stored (line %2: %3); the list was left as it was. Check the profile chosen for the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The hot-list import was cancelled; the list is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hot-list import failed and stored nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the new import of the list &quot;%1&quot; (import %2, file %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of line %1 of this file (the same entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry expired on %1, before this import; it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s hot lists hold %1 wildcard entries, the most the policy allows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::HotListImportService</name>
    <message>
        <source>Give the case number the hot list is held for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the hot list&apos;s plates are of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is closed; a hot list cannot be held for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hot-list profile recognises the layout of &quot;%1&quot;. Choose one of the profiles (%2), or save a profile for this layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for reader dumps, not hot lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hot list needs a name of 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hot list &quot;%1&quot; belongs to %2; only they can replace it. Import under another list name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state or province code; use two letters, such as TX or ON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hot-list import %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::HotListMapper</name>
    <message>
        <source>The file has no column &quot;%1&quot; for the field &quot;%2&quot;. Choose another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state or province code; use two letters, such as TX or ON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::HotListReport</name>
    <message>
        <source>Entries added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month; write it as year and month, such as 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::HotListReportService</name>
    <message>
        <source>Choose the month to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month %1 has not begun yet; there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::HotListService</name>
    <message>
        <source>Give the plate the entry is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plate has at most 10 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wildcard entry needs at least three letters or digits besides its wildcards, so that it cannot match plates at large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The station&apos;s hot lists already hold %n wildcard entries, the most the policy allows. Remove one, or ask an administrator to raise the limit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state or province code; use two letters, such as TX or ON, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hot-list category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the plate is of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case number the entry is held for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is closed; an entry cannot be held for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The review date can be at most %n days from today.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hot-list entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the officer who added a hot-list entry can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot-list entry %1 was removed; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the entry is removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::ImportIssueText</name>
    <message>
        <source>The row has %1 fields where the layout has %2 (an unquoted delimiter inside a value, or a cut-off row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date/time %1 is not valid in any of the profile&apos;s formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The epoch time %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no date/time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column for &quot;%1&quot; is missing from this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value out of range: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plate was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate &quot;%1&quot; holds characters a plate cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate is too long (%1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a placeholder, not a plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinate %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinate %1 is outside the valid range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read time %1 is earlier than the profile accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read time %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local time %1 occurs twice (clocks went back) and the profile rejects such times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of line %1 of this file (same plate, device and time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of read %1 already in the store (same plate, device and time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row names no device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded image cannot be decoded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time written in another format (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate was in lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces or dashes removed from the plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is probably a road sign, not a plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State written as a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State code had a zero for the letter O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date typed as text in the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time typed as text in the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate stored as a number in the spreadsheet (leading zeros or letters may have been lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates 0,0 (no fix), treated as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates outside the expected area (lost minus sign?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location taken from the device&apos;s fixed position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time occurs twice (clocks went back); the earlier one was taken. Confirm before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time does not exist (clocks went forward); it was shifted by the change. Confirm before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file %1 not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image referenced by an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row was not UTF-8; read as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short record (%1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line holds a tab, so its fixed-width positions cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is too short for the layout (%1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is not valid in any of the profile&apos;s formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value %1 does not have the expected form; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate holds wildcards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate &quot;%1&quot; holds more wildcards than the profile allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wildcard plate &quot;%1&quot; has fewer than three letters or digits, so it would match plates at large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate &quot;%1&quot; does not have the form the profile expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hot-list category the profile knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code in &quot;%1&quot; had a zero for the letter O.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::ImportLedger</name>
    <message>
        <source>There is no import number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::ImportProfile</name>
    <message>
        <source>The import profile is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profile &quot;%1&quot;: &quot;%2&quot; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a single character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid regular expression (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 64 characters: lowercase letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs &quot;col&quot; or &quot;cols&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map a plate field and a time field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names an unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list the fixed-width columns, each with a name, a start of 1 or more and a length of 0 (the rest of the line) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is not one of the fixed-width columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;text&quot; for a fixed-width layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map a plate field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is not a hot-list category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: text, code, int, float, plate, state, date, datetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [start, length] with a start of 1 or more and a length of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map codes to text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is neither plate_norm, state, list_code, category nor a field of the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::ImportRecord</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::ImportRunner</name>
    <message>
        <source>Import %1 is being run by another PlateLedger program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::ImportService</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import profile recognises the layout of &quot;%1&quot;. Choose a profile, or map the columns and save a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for hot lists, not reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reader device the file came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (use a name such as America/Chicago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layout gives times as seconds into a video: enter the video&apos;s start date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was imported before (%2). Importing it again needs your confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1 on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device needs a name of 1 to 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed location must have a latitude between -90 and 90 and a longitude between -180 and 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 is not incomplete: only cancelled, failed or interrupted imports can be resumed or rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 is still running in another PlateLedger program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the file this import started with (its SHA-256 differs), so it cannot be resumed. Roll the import back instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile id of lowercase letters, digits and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roll-back was cancelled; the import and its reads are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::ImportSource</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile expects an Excel workbook (.xlsx), but &quot;%1&quot; is a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile expects a text file, but &quot;%1&quot; is a zip archive (an Excel workbook?). Choose a profile for .xlsx files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF line ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF line ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR line ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-delimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon-delimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe-delimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab-delimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimited by &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook, %n sheet(s), reading &quot;%1&quot;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text, %1, %2, %n fixed-width column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::core::KeySlotFile</name>
    <message>
        <source>The key-slot file %1 is missing. The store cannot be opened without it; restore it from the backup made with the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file %1 is damaged (its checksum or structure is wrong). Restore it from the backup made with the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file %1 has format version %2, which this version of PlateLedger does not know. Use a newer PlateLedger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file %1 is locked by another PlateLedger program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::KeyWrap</name>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>No hay memoria suficiente para derivar la clave de la contraseña.</translation>
    </message>
    <message>
        <source>The key slot is malformed.</source>
        <translation>La ranura de clave está dañada.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
</context>
<context>
    <name>pl::core::LocalTimeResolver</name>
    <message>
        <source>Unknown time zone &quot;%1&quot;: expected an IANA time zone name such as America/Chicago, Europe/London or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::MBTilesReader</name>
    <message>
        <source>The map tile file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map tile file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map tile file %1 is not an MBTiles file (it is not a SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map tile file %1 is not an MBTiles file (it has no &quot;metadata&quot; and &quot;tiles&quot; tables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map tile file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the map tile file %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::MapSettingsService</name>
    <message>
        <source>The MBTiles file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MBTiles file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an MBTiles file (an MBTiles file is an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile URL must contain {z}, {x} and {y}, e.g. https://tiles.example.local/{z}/{x}/{y}.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile URL must start with http://, https:// or file://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile URL is not a valid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile URL names no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile cache &quot;%1&quot; is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile cache folder &quot;%1&quot; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile cache folder &quot;%1&quot; cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::Migrations</name>
    <message>
        <source>This store was written by a newer version of PlateLedger (schema version %1; this version knows up to %2). Use the newer PlateLedger; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the store to schema version %1 failed; the store was left as it was. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::PasswordPolicy</name>
    <message>
        <source>A password needs at least %1 characters and three of: lower-case letters, upper-case letters, digits, other characters. It may not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short: at least %1 characters are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs three of: lower-case letters, upper-case letters, digits, other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::PlaceGrid</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A place on the timeline: its latitude and longitude.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::PlatePattern</name>
    <message>
        <source>The plate &quot;%1&quot; contains &quot;%2&quot;, which a plate cannot have. Use letters A-Z and digits 0-9; &apos;?&apos; stands for one character and &apos;*&apos; for any run of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate &quot;%1&quot; has no letter or digit. Give at least one, or leave the plate empty to search an area or a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A similar-plate search takes a whole plate, without &apos;?&apos; or &apos;*&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate has %1 characters; plates have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::PlateReader</name>
    <message>
        <source>The OCR engine could not start: Tesseract&apos;s English model was not found (looked in %1). Install the package tesseract-ocr-eng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::PolicySettings</name>
    <message>
        <source>Failed log-in attempts before lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockout duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the session after idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password must be changed every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads are kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative searches may look back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved wider search window lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot-list entries must be reviewed every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard hot-list entries allowed in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution on the map for reads near a sensitive location within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag searches outside a user&apos;s usual hours: share of the user&apos;s searches below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual hours for users with little history begin at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual hours for users with little history end at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag a user&apos;s searches in a day beyond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same plate and repeated reasons are counted over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag a plate searched under this many different cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag a plate searched by this many users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag search reasons shorter than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag a reason a user repeats word for word more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag searches using a query-window exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag searches on behalf of someone who is not a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag hot-list entries overdue for review by more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag exports of reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag failed log-ins once one name has in a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag changes of policy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 = on, 0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed log-ins (0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::ProfileLibrary</name>
    <message>
        <source>There is no import profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of a built-in profile; choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with the id &quot;%1&quot; exists already; choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::QueryException</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::ReadMapper</name>
    <message>
        <source>The file has no column &quot;%1&quot; for the field &quot;%2&quot;. Map the field to one of the file&apos;s columns, or choose another profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::ReadRecordService</name>
    <message>
        <source>Read %1 is not in the store (it may have been purged).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::RecordStream</name>
    <message>
        <source>No header row found in the first %1 rows: the profile looks for a row with the columns %2. Check the profile or the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::ResultTimeline</name>
    <message>
        <source>unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <extracomment>Two devices have the same name: the name and the device&apos;s number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no location</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::core::RetentionService</name>
    <message>
        <source>A purge batch must hold at least one read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::Roles</name>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Investigador</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>pl::core::SealedBox</name>
    <message>
        <source>The store&apos;s event key is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed event could not be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::SearchService</name>
    <message>
        <source>A search needs the number of the case it is made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A search needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1. Open the case first, or check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was closed on %2; a closed case cannot be searched for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Administrative case: searches reach back %n year(s), to %1 (station policy).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Criminal case (%1): searches reach back %n year(s), to %2 (statute of limitations for the offense).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An approved exception (no. %1) widens this back to %2 until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search starts at %1, before the window in force for case %2. %3 To search further back, request an exception for the case; a supervisor decides on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the time range is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area is not a valid rectangle: latitudes run from -90 to 90, longitudes from -180 to 180, and south/west must not exceed north/east.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area is not a valid circle: its centre must be a valid position and its radius more than 0 metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a plate, or limit a search without one to an area or a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reads of the search&apos;s result can be exported with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export needs the file it is written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::SensitiveLocation</name>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of worship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::SensitiveLocationService</name>
    <message>
        <source>Give the location a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location&apos;s name has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of sensitive location; use school, worship, medical or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude must be a number from -90 to 90 (decimal degrees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude must be a number from -180 to 180 (decimal degrees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sensitive location %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location &quot;%1&quot; was removed; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the location is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. It needs a header line naming the columns name, category, latitude, longitude and optionally note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header line has no column &quot;%1&quot;; it needs name, category, latitude, longitude and optionally note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header line names a column &quot;%1&quot;; only name, category, latitude, longitude and note are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header line names the column &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no locations below its header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported and nothing was stored: %n line(s) are wrong.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::Sodium</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::Statement</name>
    <message>
        <source>Store query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is in use by another PlateLedger program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::Station</name>
    <message>
        <source>This session has ended; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permitted-use terms have not been accepted in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password before continuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is locked; enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has been deactivated; this session can no longer be used.</source>
        <translation>Su cuenta ha sido desactivada; esta sesión ya no puede utilizarse.</translation>
    </message>
</context>
<context>
    <name>pl::core::Store</name>
    <message>
        <source>There is no store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at %1; choose another location for the new store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a PlateLedger store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PlateLedger store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged and cannot be read. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written without encryption; it has been removed. Check the SQLCipher installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::TimestampFormat</name>
    <message>
        <source>The date/time format is empty; expected a pattern such as &quot;MM/dd/yyyy HH:mm:ss&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date/time format &quot;%1&quot;: &quot;%2&quot; at character %3 is not supported. Use yyyy, yy, MM, M, dd, d, HH, H, hh, h, mm, m, ss, s, zzz, z and AP/ap; quote literal letters, e.g. &apos;T&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date/time format &quot;%1&quot;: the quote at character %2 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date/time format &quot;%1&quot;: &quot;%2&quot; at character %3 repeats a field that is already in the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date/time format &quot;%1&quot; has no date or time field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date/time format &quot;%1&quot;: a date needs at least a year (yyyy or yy) and a month (MM or M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date/time format &quot;%1&quot;: minutes, seconds or fractions need an hour (HH, H, hh or h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date/time format &quot;%1&quot;: AM/PM (AP) goes with a 12-hour field (h or hh), not with H or HH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date/time format &quot;%1&quot;: AM/PM (AP) needs an hour field (h or hh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date/time format &quot;%1&quot; is too long (at most 64 fields and literals).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::Verification</name>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::VerificationService</name>
    <message>
        <source>There is no read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mismatch needs the plate as it really reads in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a mismatch takes a corrected plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid plate: use letters A-Z and digits 0-9, at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected plate is the same as the read (%1); record it as confirmed instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::core::XlsxReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; an .xlsx workbook was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook: it looks like an older Excel .xls file or a password-protected workbook. Save it in Excel as an .xlsx workbook without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook: an .xlsx file is a zip archive, and this file does not start like one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: its zip directory cannot be read (zip error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete .xlsx workbook: the part %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the zip entry %2 is encrypted, which .xlsx workbooks never are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the zip entry %2 uses compression method %3; only stored and deflated entries are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the zip entry %2 would unpack to %3 bytes, more than the limit of %4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the zip entry %2 would unpack from %3 to %4 bytes, a compression ratio above %5:1; the file is refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the zip entry %2 cannot be opened (zip error %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the zip entry %2 cannot be decompressed (zip error %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 is not well-formed XML at line %3, column %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook: it has no workbook part (xl/workbook.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has more than %2 shared strings (%3 declared); it is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the shared strings of the workbook hold more than %2 MiB of text; it is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sheet number %1; the workbook has %2 sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;. Its sheets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; has no worksheet part in the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot; (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row after row %1 has the row number &quot;%2&quot;; a positive whole number was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has a cell with the reference &quot;%2&quot;; a reference like &quot;B%1&quot; was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has a cell (%2) beyond the last column XFD (16384 columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 holds more than %2 characters of text; it is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 in row %2 refers to shared string &quot;%3&quot;, but the workbook has %4 shared strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML is not well-formed at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 holds text that is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shared string %2 in %3 is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shared string %2 in %3 is longer than %4 characters; it is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single tag or text is longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encoding %1 is not supported (only UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content outside the root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an undefined or malformed character reference (after &apos;&amp;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document type declarations (DOCTYPE) are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed tag (expected a name, an attribute such as name=&quot;value&quot;, or &apos;&gt;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; closes no open element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not match the open element &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in or after row %1, the XML is not well-formed at line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::AdminPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offense categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::AlertNotification</name>
    <message>
        <source>Hot-list hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible hot-list match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOT-LIST HIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible match — not a hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One look-alike character off your entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a basis for action on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the read with its images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this notice; the alert stays in your inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::AlertNotificationArea</name>
    <message>
        <source>Open inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more new alert(s) wait; dismiss a notice or open the inbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::AlertTableModel</name>
    <message>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate as read is the plate of your entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible match only, not a hit: the plate as read, %1, differs from your entry %2 by one look-alike character. It may well be another vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · read purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read was purged under the retention policy; only the alert&apos;s record of it remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::AlertsPage</name>
    <message>
        <source>Show ac&amp;knowledged alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Hot-list alerts&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads that matched your hot-list entries. Only you see your alerts; those you have not acknowledged wait here for your next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An LPR read is never the sole basis for enforcement action. An alert says only that a reader&apos;s text matched your entry: open the read and compare it with its image, and confirm the vehicle and the entry by independent means before acting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the read with its plate and scene images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have dealt with the alert. This does not confirm the read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert waits for your acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) not acknowledged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry: %1 · %2 · case %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 by %2; alert raised %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read was purged under the retention policy: it can no longer be opened; only this record of it remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read of this alert (%1 at %2) was purged under the retention policy; it can no longer be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read of the alert on %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the hit on %1, read at %2 by %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the possible match %1, read at %2 by %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves your open alerts; the acknowledgement and your note are recorded in the audit trail. Acknowledging does not confirm the read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert is acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::AnomalyRulesPanel</name>
    <message>
        <source>A search is flagged when, of the user&apos;s searches in the 90 days before, fewer than this share fell within an hour of its time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For users with fewer than 20 searches in 90 days, searches before this hour are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For users with fewer than 20 searches in 90 days, searches from this hour on are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each search a user runs in one day after this many is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period over which searches of one plate and repeated reasons are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plate searched under this many different case numbers within the period is flagged from that search on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plate searched by this many different users within the period is flagged from that search on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A search whose reason has fewer characters than this is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a user gives the very same reason more often than this within the period, the further searches are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches that use a supervisor&apos;s query-window exception are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches &quot;on behalf of&quot; a name that is no user&apos;s log-in or display name are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active hot-list entries overdue for review by more than this many days are flagged on the latest event that names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports of reads (case exports, search results, rejected import rows) are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed log-ins are flagged once one name has this many in a day; account lock-outs are always flagged while this is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of policy values, map settings and offense categories are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly flags point supervisors to audit events worth a look; they never change the events. Each change here is recorded in the audit trail, and the flags are recomputed with the new values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::AuditBrowserView</name>
    <message>
        <source>Bringing the anomaly flags up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly flags cover the trail up to event #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked reviewed; recorded as event #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match, newest first, in the trail up to event #%1. This look at the trail is recorded as event #%2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::AuditEventDetail</name>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you checked and found (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an event to see it in full.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Event #%1&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read ids (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Anomaly flags&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet. The flags never change the event itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Details&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Hash chain&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event&apos;s hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::AuditEventModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::AuditFilterBar</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ABC123 or AB?12*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::AuditPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit trail&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event holds the SHA-256 of the one before it. Re-checking recomputes the whole chain and names the first event that was edited, deleted or moved. Looking at the trail is recorded too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain has not been checked yet. Re-check it to see whether any event was edited, deleted or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain intact up to event #%1 at %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain BROKEN at event #%1 (%2) — %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checking the chain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::AuditReportCharts</name>
    <message>
        <source>Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches per reason category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates read often in a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates read %1 times or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (part)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::AuditReportDocument</name>
    <message>
        <source>Searches run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports cancelled or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads stored by imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rows in imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows in imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads stored by cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 (days in UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is still running: figures up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts per list owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users whose training has lapsed, was never recorded, or lapses within %1 days of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates read often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 times or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::AuditReportPanel</name>
    <message>
        <source>Show report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 times or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days are calendar days in UTC, as the store keeps times; the last day is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Active users whose training has lapsed, was never recorded, or lapses within %n day(s) of the period&apos;s end:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct plates read %1 and %2 times or more in a calendar month (within the period), by the reads&apos; own time, of the reads in the store now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-report-%1-to-%2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report for %1 was written to %2 (SHA-256 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC), still running: figures up to %2 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (part)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::AuditReviewPanel</name>
    <message>
        <source>Start review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Periodic reviews&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least once a quarter a supervisor reviews that reads were used only for authorised purposes: every flagged event of the period and a sample of the others that nobody chooses, each checked with a note, then the review is signed. The signature records the figures and the hash of the last event covered, so a later change to the period shows when the review is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found (required for a flagged event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every completed quarter has a signed review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n completed quarter(s) not covered by a signed review:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open: %1 of %n checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review of %1: events #%2 to #%3; %n event(s) to check</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1, %2, %3 by %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1, reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the period to review, in local time. By default the last full quarter; it must have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (first day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (last day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review started: %n event(s) to check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Event #%1 checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing verifies the whole audit trail and records the review&apos;s figures and the hash of the last event covered. Write what was reviewed and what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note to sign the review with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail and signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed. %n event(s) covered; the audit trail is intact.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed, with the audit trail BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the review against the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unchanged since signed: %n event(s) verified up to the last one covered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since signed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::CameraDialog</name>
    <message>
        <source>New camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (may be started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the station reaches the camera, and what its reads carry. The password is stored sealed and is never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Main gate, northbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is stored; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>northbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>southbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eastbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>westbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same plate seen again within this time is one read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings less sure than this are not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished">&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Fixed &amp;location (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same plate &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest &amp;confidence stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://192.168.1.20/video.mjpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rtsp://192.168.1.21:554/stream1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0, or /dev/video0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recorded video file to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video file to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.avi *.mp4 *.mkv *.mov *.mjpg *.mjpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the camera a name, as its reads will show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone. Choose one from the list, e.g. America/Chicago or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::CamerasPage</name>
    <message>
        <source>&amp;Add camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames/s (read/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a camera and start it to see its frames here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plate read by a camera may be wrong. It is never on its own a reason to act: confirm the plate and the vehicle by eye first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads stored most recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished">Cámaras</translation>
    </message>
    <message>
        <source>Waiting for the next frame…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 frames, %3 read by the recogniser, %4 dropped · %5 reads stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 % (%n frame(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::CaseExportWriter</name>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed reads exported by %1 on %2. Audit reference: event %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed read(s); %1 linked read(s) not confirmed are not included.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 of the exported read ids: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 (%2 UTC)
Place: %3
Device: %4
Read id: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed against its image by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 · audit reference %2 · page %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when the exported reads were taken (map and timeline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::CaseReadModel</name>
    <message>
        <source>Device #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::CaseTableModel</name>
    <message>
        <source>Opened by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked reads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::CasesPage</name>
    <message>
        <source>Open case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request wider window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export confirmed reads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cases&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every search is made for a case. An open case keeps its linked reads past the retention period; closing it lets the next purge remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every search is made for a case. Ask here for a wider search window when a case needs to look further back than its normal limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reads confirmed against their images are exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search window exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Close case %1 (%2)? Its %n linked read(s) are then no longer held: the next retention purge removes those older than the retention period. A closed case cannot be reopened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink a read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the read of %1 at %2 from case %3? The read itself stays in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read of %1 is no longer linked to case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for case %1 waits for a supervisor&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export of case %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed read(s) of case %1 exported to %2 (audit reference %3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repita la nueva contraseña:</translation>
    </message>
    <message>
        <source>The two new passwords differ; type them again.</source>
        <translation>Las dos contraseñas nuevas no coinciden; escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>pl::ui::ConsentDialog</name>
    <message>
        <source>PlateLedger — Permitted use</source>
        <translation>PlateLedger — Uso permitido</translation>
    </message>
    <message>
        <source>Text version %1 · SHA-256 %2</source>
        <translation>Versión del texto %1 · SHA-256 %2</translation>
    </message>
    <message>
        <source>Decline and log out</source>
        <translation>Rechazar y cerrar sesión</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Acepto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>pl::ui::DeviceDialog</name>
    <message>
        <source>New reader device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate reader the file came from. Its time zone is the one its clock keeps; a fixed location stands in for reads that carry no coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UNIT-0412-MDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal degrees, north positive, e.g. 47.6062</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal degrees, east positive, e.g. -122.3321</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed &amp;location (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the device a name, as its reads will show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone. Choose one from the list, e.g. America/Chicago or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::ExceptionTableModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::ExceptionsPage</name>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Search window exceptions&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to let a case&apos;s searches reach further back than its normal window. Decide on the reason given; you cannot decide on your own requests. An approval expires, and every decision is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks that searches for case %2 may reach back to %3.
Reason: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An approval lasts %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the request is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a wider search window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse a wider search window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved for case %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused for case %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::FormDialog</name>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude &quot;%1&quot; is not a number from -90 to 90 (decimal degrees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude &quot;%1&quot; is not a number from -180 to 180 (decimal degrees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed location needs both a latitude and a longitude.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::HotListAttentionDialog</name>
    <message>
        <source>&amp;Review selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot-list entries need your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These hot-list entries of yours need attention. An entry past its review date no longer alerts until you review it. An entry held for a closed case should be removed, or moved to an open case, on the hot-list page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is closed, and the review is overdue: no longer alerting. Remove the entry or move it to an open case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is closed: remove the entry or move it to an open case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue: no longer alerting until reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected entries are still needed: they alert again for another review period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;hot list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review hot-list entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the selected entries (%1) still needed for their cases? Reviewing keeps them alerting for another review period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed: alerts again until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries reviewed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::HotListEntryDialog</name>
    <message>
        <source>Change hot-list entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hot-list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also alert on &amp;possible matches (one look-alike character different, such as 0/O or 8/B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive: matching reads alert me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are recorded in the entry&apos;s history and the audit trail. A new review date counts as a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read matching the entry alerts only you. The entry stops alerting on its review date until you review it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ABC1234, or AB?12* with wildcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two letters, e.g. TX; empty: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: why the plate is of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: an open case, or a case number recorded elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n day(s) from today; the entry stops alerting on this date until it is reviewed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n day(s) ahead; then it stops alerting until reviewed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;late:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wildcard entry: ? stands for one character, * for any run. It needs three fixed characters, and the station&apos;s number of wildcard entries is limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces and dashes are dropped and letters upper-cased when matching.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::HotListEntryModel</name>
    <message>
        <source>Alerting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue — not alerting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matching read alerts the owner until %1, the review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date %1 has passed: the entry no longer alerts until its owner reviews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is closed, yet the entry still alerts: remove it, or hold it for an open case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry expired on %1 and no longer alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is switched off and does not alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its case %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (entered as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wildcard entry: ? stands for one character, * for any run of characters. Wildcard entries are limited in number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s own code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed since it was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops alerting at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a read that differs by one look-alike character (0/O, 8/B…) raises a possible match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::HotListHistoryDialog</name>
    <message>
        <source>plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of hot-list entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · case %3 · owner %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a newer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::HotListImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a hot list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a hot list from a file: an NCIC extract, a state list or a vendor list. You own the list and its entries, so their alerts come to you. Importing a list of the same name again replaces its entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. WA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First records of the file, as the profile reads them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a hot-list file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot lists (*.txt *.csv *.dat *.tbl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected layout: %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The file looks more like the layout &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing replaces the entries of the list &quot;%1&quot; of %2 (%n entries now).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing creates the list &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) read…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>List &quot;%1&quot;: %2 of %3 records stored (%4 with flags), %5 rejected, %6 duplicates, %7 skipped. Entries: %8 added, %9 kept, %10 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::HotListPage</name>
    <message>
        <source>Show &amp;removed entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search stored reads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Hot list&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hot-list entry of the station and the officer who owns it. Only the owner can change an entry; every change is in its history and the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates you are looking for. A new read that matches one of your entries alerts only you. Each entry stops alerting on its review date until you review it again; removed entries stay as history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a hot list from a file (NCIC extract, state or vendor list). Importing a list again replaces its entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is still needed: it alerts for another review period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the entry against reads already stored, for a case and with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station has no hot-list entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no hot-list entries. Add one for a plate you are looking for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · owner %3 · added %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the list %1 (its code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on your hot list. It alerts you until %2, its review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; was imported; its entries are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is %1 still needed for case %2 (%3)? Reviewing it keeps it alerting until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reviewed: it alerts until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (case %2) from your hot list? It no longer alerts; the entry and its history are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed from your hot list; it stays as history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::HotListReportPanel</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries on the lists at month end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue for review at month end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts, hits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts, possible matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries that raised alerts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the hot-list report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotlist-report-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report for %1 was written to %2 (SHA-256 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC), still running: figures up to %2 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC): %2 to %3 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::HotListSearchDialog</name>
    <message>
        <source>&amp;Search stored reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stored reads for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for reads of &lt;b&gt;%1&lt;/b&gt;%2 already in the store. This is a search like any other: it names an open case and a reason, reaches back only as far as the case&apos;s window, and is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (state %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: why the stored reads are needed for the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a read to compare it with its image before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an open case, or type its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stored read(s) of %1 found since %2. The search is recorded in the audit trail.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::ImportDeviceFields</name>
    <message>
        <source>New device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone the file&apos;s times are written in. Automatic takes the device&apos;s zone, else the profile&apos;s, else this computer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wall-clock time at the start of the video, in the time zone above. Its reads are offsets from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: each row names its device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1 (the device&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1 (the profile&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1 (this computer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no device column: choose the reader the file came from, or create it with “New device…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone. Choose one from the list, e.g. America/Chicago or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date and time the video starts: this file&apos;s times are offsets into the video.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::ImportHistoryPanel</name>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a cancelled, failed or interrupted import from its last stored batch. The file must be unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every read a cancelled, failed or interrupted import stored. The record of the import stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an import to see the rows it did not store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows of %1 (%2) that did not become reads&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::ImportIssueModel</name>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored, flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row as in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::ImportIssuesView</name>
    <message>
        <source>Export rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes line, outcome, reason and the row itself as CSV, so the rows can be fixed and imported again. The export is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows were rejected or skipped as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 rows are listed here; the export holds them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-rejected-rows.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::ImportMappingPanel</name>
    <message>
        <source>Save as profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Column mapping&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a file to see how its columns are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile reads this field from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile to see how the columns are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required. Correct a column if the profile picked the wrong one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected mapping is used once you save it as a profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::ImportPage</name>
    <message>
        <source>&lt;h2&gt;Import&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running: wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1, by %2, %3: %4 read(s) stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this file again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing it again stores its reads a second time, as another import. This confirmation is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file of import #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back this import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the import of %1 started %2 by %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every read it stored (%1) is removed. The record of the import and its rejected rows stay, marked rolled back. The roll-back is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back the import of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was rolled back: %2 read(s) removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back the import of %1: %2 of %3 read(s) removed…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::ImportPreviewModel</name>
    <message>
        <source>Line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; feeds %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::ImportRecordModel</name>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(named in the rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SHA-256 %2
Profile: %3
Time zone: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::ImportRunPanel</name>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue from the last batch that was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every read this import stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running. You can cancel at any moment; whatever was stored stays recorded and can be resumed or rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the current batch is being finished…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 stored (%3 flagged), %4 duplicates, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import complete: %Ln read(s) stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled. %Ln read(s) from whole batches were stored. Resume the import from where it stopped, or roll it back to remove them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import failed: %1
%Ln read(s) from whole batches were stored. Resume the import once the cause is fixed, or roll it back to remove them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rolled back: its reads were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is still marked as running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import rolled back: %Ln read(s) removed. The record of the import stays.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::ImportSetupPanel</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Examinar…</translation>
    </message>
    <message>
        <source>Run import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a reader&apos;s export (CSV or other delimited text, or an Excel workbook). Nothing is stored until you run the import. Every row ends stored, stored with flags, skipped as a duplicate, or rejected with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;: the first rows as they will be read, with the line in the file on the left and the field each column feeds in its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the path of the file, or browse for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Layout:&lt;/b&gt; (no file yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Detected profile:&lt;/b&gt; (no file yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Layout:&lt;/b&gt; %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Detected profile:&lt;/b&gt; none; no profile recognises this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the profile that describes this file&apos;s layout, or pick the closest one and correct its mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Detected profile:&lt;/b&gt; %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file (same SHA-256) was imported before: %1. Importing it again will ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or pick the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the profile that describes this file&apos;s layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping was changed: save it as a profile first, or undo the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader exports (*.csv *.tsv *.tab *.txt *.psv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping as a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of “%1” that reads the columns as you corrected them. It is saved in the store and offered for later imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” saved and chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::ImportSummaryView</name>
    <message>
        <source>Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which flagged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows that did not become reads&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same vehicle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These plates read alike (0/O, 1/I, 8/B…) and were kept apart, not merged:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::LockScreen</name>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Session locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sesión bloqueada&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This session of %1 (%2) was locked after a period without activity. Only %1 can unlock it. Anyone else must log it out first.</source>
        <translation>Esta sesión de %1 (%2) se bloqueó tras un periodo sin actividad. Solo %1 puede desbloquearla. Cualquier otra persona debe cerrarla primero.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
</context>
<context>
    <name>pl::ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>PlateLedger — Log in</source>
        <translation>PlateLedger — Inicio de sesión</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PlateLedger&lt;/h2&gt;License-plate-reader workstation</source>
        <translation>&lt;h2&gt;PlateLedger&lt;/h2&gt;Estación de lectores de matrículas</translation>
    </message>
    <message>
        <source>Authorized users only. Every log-in, search and change is recorded with your name in a tamper-evident audit trail.</source>
        <translation>Solo usuarios autorizados. Cada inicio de sesión, búsqueda y cambio queda registrado con su nombre en una pista de auditoría a prueba de manipulaciones.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>pl::ui::MainWindow</name>
    <message>
        <source>PlateLedger</source>
        <translation>PlateLedger</translation>
    </message>
    <message>
        <source>An LPR read is never the sole basis for enforcement action. Verify every read against its image and confirm it by independent means.</source>
        <translation>Una lectura LPR nunca es la única base de una actuación. Verifique cada lectura con su imagen y confírmela por medios independientes.</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2) · %3</source>
        <translation>Sesión de %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cámaras</translation>
    </message>
    <message>
        <source>Hot list</source>
        <translation>Lista de alertas</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Pista de auditoría</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;Permitted use…</source>
        <translation>&amp;Uso permitido…</translation>
    </message>
    <message>
        <source>&amp;About PlateLedger</source>
        <translation>&amp;Acerca de PlateLedger</translation>
    </message>
    <message>
        <source>About PlateLedger</source>
        <translation>Acerca de PlateLedger</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PlateLedger %1&lt;/h3&gt;&lt;p&gt;An accountable license-plate-reader workstation: every query, purge and verification can be proven afterwards from a tamper-evident audit trail.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PlateLedger %1&lt;/h3&gt;&lt;p&gt;Una estación de lectores de matrículas que rinde cuentas: cada consulta, purga y verificación puede demostrarse después mediante una pista de auditoría a prueba de manipulaciones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hot-list alert(s) not acknowledged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hot-list alert(s) wait for you in your inbox, not yet acknowledged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::MapPanel</name>
    <message>
        <source>Show &amp;removed locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street-level tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map works offline. For street detail it can show the agency&apos;s own map data: an MBTiles file, or tiles from an agency-internal tile server kept in a cache folder. Leave a field empty not to use it. Changes are recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /srv/maps/county.mbtiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://tiles.agency.local/{z}/{x}/{y}.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder for tiles fetched from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save tile settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBTiles &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cache folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools, places of worship and medical facilities the map marks. A removed location is kept with the reason it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a header line naming the columns name, category (school, worship, medical or other), latitude, longitude and optionally note. If any line is wrong, nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an MBTiles file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tile cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map shows a caution for a read within %1 %2 of a location in use. Change the distance on the Policy tab (&quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the map&apos;s sensitive locations? It is kept, with your reason, and no longer shown or cautioned about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sensitive locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) imported from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::MapView</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of the reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is drawn for up to %1 reads: choose a time range on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::NoteDialog</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs a note: it is recorded with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::OffenseCategoryPanel</name>
    <message>
        <source>A search for a criminal case may look back as many years as its offense category allows; wider windows need a supervisor&apos;s exception. Each change is recorded in the audit trail with its old and new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offense category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::OpenCaseDialog</name>
    <message>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches are made for a case. An open case also keeps its linked reads past the retention period until it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-00417</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the offense category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (searches up to %n year(s) back)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offense:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title that says what the case is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the offense category of this criminal case: it sets how far back its searches may look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::PatternsView</name>
    <message>
        <source>These figures describe only the reads of the current search result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads per hour of day (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads per day of week (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places with the most reads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::PolicyPanel</name>
    <message>
        <source>These values apply to every user of the station. Each change is recorded in the audit trail with its old and new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::RequestExceptionDialog</name>
    <message>
        <source>Request a wider search window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches for case %1 may then reach back to the date below, once a supervisor other than you approves the request. An approval expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case needs to search further back; the supervisor decides on this reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::ResultMapView</name>
    <message>
        <source>&amp;Path in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nsitive locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read is never the sole basis for action: open it and compare it with its image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;atterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search to see where and when the reads were taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) on the map.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n read(s) on the map; the others have no location.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Street-level tiles are not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) in the chosen time range are on the map.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n selected read(s) are listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3 m away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution: this read was taken near a sensitive location: %1. Take particular care that its use is permitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Case %1 — reads of search %2, %n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported by %1 on %2 (audit reference %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map and timeline exported to %1 (audit reference %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case-%1-map.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::RetentionPanel</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>180 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reads for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads that would be removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older reads held by open cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected or duplicate import lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reads older than %n day(s) are removed unless an open case holds them; the station also purges by itself once a day. Removed pages are overwritten, and each purge is recorded in the audit trail with its counts and a digest of the removed reads. The period can also be set to any number of days on the Policy tab.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (set on the Policy tab)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reads are now kept for %n day(s). Preview to see what a purge would remove.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is past the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n read(s) taken before %1, with their images and verifications, and %2 rejected or duplicate import line(s)? %3 older read(s) stay because open cases hold them. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the batch in hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 of %2 reads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n read(s) taken before %1, with %2 image(s), %3 verification(s) and %4 link(s) to closed cases; %5 import line(s) removed; %6 read(s) kept for open cases.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. What was removed before the cancel stays removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::RetentionRunner</name>
    <message>
        <source>A purge is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::ScheduledPurge</name>
    <message>
        <source>Cancel purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled purge: removed %1 of %2 reads past retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled purge not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled purge failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled purge of reads past retention running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scheduled purge cancelled: %n read(s) removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduled purge: %n read(s) removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Purged at %1; cut-off %2; %3 read(s) kept for open cases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::SearchPage</name>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>south</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>west</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>north</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: why this search is needed for the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the person the search is made for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ABC1234, AB?12*, or empty with an area or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact (? and * as wildcards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar (look-alike characters, one missing or extra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within a radius of a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within a rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a read to compare it with its image before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an open case, or type its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area around a point needs its latitude and longitude in decimal degrees and a radius in metres greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rectangle needs its south and north latitudes and its west and east longitudes in decimal degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) found since %1. The search is recorded in the audit trail.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The read is linked to case %1; it is kept while the case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That read is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::SearchResultModel</name>
    <message>
        <source>%1 (read as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::SensitiveLocationDialog</name>
    <message>
        <source>Change sensitive location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sensitive location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map marks this place and cautions investigators about reads near it. The change is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, e.g. Elm Street Elementary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude, e.g. 30.2672</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude, e.g. -97.7431</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position (decimal degrees):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the location&apos;s latitude and longitude.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::SessionController</name>
    <message>
        <source>Choose a password for the administrator.</source>
        <translation>Elija una contraseña para el administrador.</translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for you. Choose your own password to continue.</source>
        <translation>Un administrador le ha asignado una contraseña temporal. Elija su propia contraseña para continuar.</translation>
    </message>
    <message numerus="yes">
        <source>Your password is older than %n day(s) and must be changed before you continue.</source>
        <translation>
            <numerusform>Su contraseña tiene más de %n día y debe cambiarla antes de continuar.</numerusform>
            <numerusform>Su contraseña tiene más de %n días y debe cambiarla antes de continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>PlateLedger — Change your password</source>
        <translation>PlateLedger — Cambie su contraseña</translation>
    </message>
    <message>
        <source>The password was not changed; you have been logged out.</source>
        <translation>La contraseña no se cambió; se ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>The permitted-use text is missing from this build; nobody can log in.</source>
        <translation>Falta el texto de uso permitido en esta versión; nadie puede iniciar sesión.</translation>
    </message>
    <message>
        <source>You declined the permitted-use terms; the session has ended.</source>
        <translation>Rechazó las condiciones de uso permitido; la sesión ha terminado.</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>The locked session was logged out.</source>
        <translation>Se cerró la sesión bloqueada.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
</context>
<context>
    <name>pl::ui::SetupDialog</name>
    <message>
        <source>Create store</source>
        <translation>Crear almacén</translation>
    </message>
    <message>
        <source>PlateLedger — Create the station store</source>
        <translation>PlateLedger — Crear el almacén de la estación</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Create the station store&lt;/h3&gt;&lt;p&gt;There is no PlateLedger store here yet. The store is one encrypted file; a key-slot file beside it lets each user open it with their own password. Keep both files together and back them up together.&lt;/p&gt;&lt;p&gt;The first account is the station administrator. Administrators create the other users, record their training and set the policy values.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crear el almacén de la estación&lt;/h3&gt;&lt;p&gt;Todavía no hay un almacén de PlateLedger aquí. El almacén es un único archivo cifrado; un archivo de claves junto a él permite a cada usuario abrirlo con su propia contraseña. Mantenga ambos archivos juntos y haga sus copias de seguridad juntos.&lt;/p&gt;&lt;p&gt;La primera cuenta es la del administrador de la estación. Los administradores crean los demás usuarios, registran su formación y fijan los valores de la política.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Administrator &amp;user name:</source>
        <translation>&amp;Usuario administrador:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>&amp;Training completed on:</source>
        <translation>&amp;Formación completada el:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Archivo del almacén</translation>
    </message>
    <message>
        <source>PlateLedger stores (*.plstore)</source>
        <translation>Almacenes de PlateLedger (*.plstore)</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Las dos contraseñas no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::TimeZoneBox</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. America/Chicago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::TimelineView</name>
    <message>
        <source>By device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every read (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reads to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag across the timeline to select a time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected %1 – %2: %n read(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read(s), %1 – %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::UserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user logs in with the temporary password below and must change it at the first log-in. Without a training record the user cannot log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::UserTableModel</name>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active · temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed log-in attempt(s) since the last success</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::UsersPanel</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 created. Give them the temporary password; they must change it at the first log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record training of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the user completed the permitted-use training. Training is valid for the number of days set in the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s old password stops working at once. They log in with the temporary password and must change it. A lockout is cleared too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 reset; they must change it at the next log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deactivated user cannot log in; their key to the store is removed. Their audit history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user gets a new temporary password and must change it at the next log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::VerificationDialog</name>
    <message>
        <source>&amp;Confirmed (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mismatch… (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unreadable (U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to case %1 (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An LPR read is never the sole basis for enforcement action. Confirm only what you can see in the image yourself, and confirm the vehicle by independent means before acting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier decisions on this read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plate as you see it in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate as &amp;seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (N):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cerrar</translation>
    </message>
    <message>
        <source>Read %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last read of the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to case %1: the read is kept while the case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plate image
is stored for this read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scene image is stored for this read.
Without an image it cannot be confirmed: record it as unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per character: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other readings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader&apos;s confidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by a camera of this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pl::ui::XyzTileSource</name>
    <message>
        <source>Map tiles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map tiles cannot be fetched from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map tile server sent something that is not an image for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
