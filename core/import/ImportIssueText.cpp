#include "core/import/ImportIssueText.h"

#include <QCoreApplication>
#include <QStringList>

namespace pl::core {

namespace {
class IssueText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::ImportIssueText)
public:
    static QString text(const QString& code, const QString& detail) {
        if (code == QStringLiteral("field_count")) {
            const QStringList counts = detail.split(QStringLiteral("!="));
            return tr("The row has %1 fields where the layout has %2 (an unquoted delimiter "
                      "inside a value, or a cut-off row).")
                .arg(counts.value(0), counts.value(1));
        }
        if (code == QStringLiteral("bad_datetime"))
            return tr("The date/time %1 is not valid in any of the profile's formats.").arg(detail);
        if (code == QStringLiteral("bad_epoch"))
            return tr("The epoch time %1 is out of range.").arg(detail);
        if (code == QStringLiteral("missing_datetime"))
            return tr("The row has no date/time.");
        if (code == QStringLiteral("missing_required"))
            return tr("The required field \"%1\" is empty.").arg(detail);
        if (code == QStringLiteral("missing_column"))
            return tr("The column for \"%1\" is missing from this row.").arg(detail);
        if (code == QStringLiteral("bad_number"))
            return tr("Not a number: %1.").arg(detail);
        if (code == QStringLiteral("out_of_range"))
            return tr("Value out of range: %1.").arg(detail);
        if (code == QStringLiteral("empty_plate"))
            return tr("No plate was read.");
        if (code == QStringLiteral("plate_bad_chars"))
            return tr("The plate \"%1\" holds characters a plate cannot have.").arg(detail);
        if (code == QStringLiteral("plate_too_long"))
            return tr("The plate is too long (%1 characters).").arg(detail);
        if (code == QStringLiteral("placeholder_plate"))
            return tr("\"%1\" is a placeholder, not a plate.").arg(detail);
        if (code == QStringLiteral("bad_coordinate"))
            return tr("The coordinate %1 cannot be read.").arg(detail);
        if (code == QStringLiteral("coordinate_out_of_range"))
            return tr("The coordinate %1 is outside the valid range.").arg(detail);
        if (code == QStringLiteral("before_not_before"))
            return tr("The read time %1 is earlier than the profile accepts.").arg(detail);
        if (code == QStringLiteral("in_future"))
            return tr("The read time %1 is in the future.").arg(detail);
        if (code == QStringLiteral("ambiguous_local_time_rejected"))
            return tr("The local time %1 occurs twice (clocks went back) and the profile rejects "
                      "such times.")
                .arg(detail);
        if (code == QStringLiteral("duplicate_of_line"))
            return tr("Duplicate of line %1 of this file (same plate, device and time).")
                .arg(detail);
        if (code == QStringLiteral("duplicate_of_read"))
            return tr("Duplicate of read %1 already in the store (same plate, device and time).")
                .arg(detail);
        if (code == QStringLiteral("missing_device"))
            return tr("The row names no device.");
        if (code == QStringLiteral("bad_image"))
            return tr("The embedded image cannot be decoded: %1.").arg(detail);
        // Flags on stored reads.
        if (code == QStringLiteral("alt_format"))
            return tr("Time written in another format (%1).").arg(detail);
        if (code == QStringLiteral("plate_lowercase"))
            return tr("Plate was in lowercase.");
        if (code == QStringLiteral("plate_separators_removed"))
            return tr("Spaces or dashes removed from the plate.");
        if (code == QStringLiteral("junk_read"))
            return tr("\"%1\" is probably a road sign, not a plate.").arg(detail);
        if (code == QStringLiteral("state_name_mapped"))
            return tr("State written as a name.");
        if (code == QStringLiteral("state_zero_for_O"))
            return tr("State code had a zero for the letter O.");
        if (code == QStringLiteral("unknown_state"))
            return tr("Unknown state \"%1\".").arg(detail);
        if (code == QStringLiteral("date_as_text"))
            return tr("Date typed as text in the spreadsheet.");
        if (code == QStringLiteral("time_as_text"))
            return tr("Time typed as text in the spreadsheet.");
        if (code == QStringLiteral("plate_was_numeric_cell"))
            return tr("Plate stored as a number in the spreadsheet (leading zeros or letters may "
                      "have been lost).");
        if (code == QStringLiteral("no_gps"))
            return tr("No coordinates.");
        if (code == QStringLiteral("gps_zero_zero"))
            return tr("Coordinates 0,0 (no fix), treated as missing.");
        if (code == QStringLiteral("gps_outside_bbox"))
            return tr("Coordinates outside the expected area (lost minus sign?).");
        if (code == QStringLiteral("location_from_device"))
            return tr("Location taken from the device's fixed position.");
        if (code == QStringLiteral("ambiguous_local_time"))
            return tr("Local time occurs twice (clocks went back); the earlier one was taken. "
                      "Confirm before relying on it.");
        if (code == QStringLiteral("nonexistent_local_time"))
            return tr("Local time does not exist (clocks went forward); it was shifted by the "
                      "change. Confirm before relying on it.");
        if (code == QStringLiteral("image_missing"))
            return tr("Image file %1 not found.").arg(detail);
        if (code == QStringLiteral("absolute_image_path"))
            return tr("Image referenced by an absolute path.");
        if (code == QStringLiteral("decoded_windows_1252"))
            return tr("Row was not UTF-8; read as Windows-1252.");
        if (code == QStringLiteral("short_record"))
            return tr("Short record (%1 characters).").arg(detail);
        // Hot-list records.
        if (code == QStringLiteral("tab_in_fixed_width_line"))
            return tr("The line holds a tab, so its fixed-width positions cannot be trusted.");
        if (code == QStringLiteral("line_too_short"))
            return tr("The line is too short for the layout (%1 characters).").arg(detail);
        if (code == QStringLiteral("bad_date"))
            return tr("The date %1 is not valid in any of the profile's formats.").arg(detail);
        if (code == QStringLiteral("bad_format"))
            return tr("The value %1 does not have the expected form; it was left out.").arg(detail);
        if (code == QStringLiteral("wildcard_entry"))
            return tr("The plate holds wildcards.");
        if (code == QStringLiteral("too_many_wildcards"))
            return tr("The plate \"%1\" holds more wildcards than the profile allows.").arg(detail);
        if (code == QStringLiteral("wildcard_too_broad"))
            return tr("The wildcard plate \"%1\" has fewer than three letters or digits, so it "
                      "would match plates at large.")
                .arg(detail);
        if (code == QStringLiteral("plate_pattern"))
            return tr("The plate \"%1\" does not have the form the profile expects.").arg(detail);
        if (code == QStringLiteral("unknown_category"))
            return tr("\"%1\" is not a hot-list category the profile knows.").arg(detail);
        if (code.endsWith(QStringLiteral("_zero_for_O")))
            return tr("The code in \"%1\" had a zero for the letter O.")
                .arg(code.chopped(int(qstrlen("_zero_for_O"))));
        return {};
    }
};
} // namespace

QString ImportIssueText::describeOne(const QString& code) {
    const qsizetype colon = code.indexOf(QLatin1Char(':'));
    const QString name = colon < 0 ? code : code.left(colon);
    const QString detail = colon < 0 ? QString() : code.mid(colon + 1);
    const QString text = IssueText::text(name, detail);
    return text.isEmpty() ? code : text;
}

QString ImportIssueText::describe(const QString& codes) {
    QStringList parts;
    for (const QString& code : codes.split(QStringLiteral("; "), Qt::SkipEmptyParts))
        parts.append(describeOne(code.trimmed()));
    return parts.join(QLatin1Char(' '));
}

} // namespace pl::core
