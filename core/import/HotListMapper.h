#pragma once

#include "core/common/Result.h"
#include "core/import/ImportProfile.h"
#include "core/import/PlateNormalizer.h"
#include "core/import/SourceRecord.h"
#include "core/import/StateMapper.h"
#include "core/import/TimestampParser.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pl::core {

// A hot-list record as a profile reads it, before it becomes an entry.
struct MappedHotListEntry {
    QString plateRaw;  // the cell as written, trimmed
    QString plate;     // normalised; may hold the profile's wildcard
    QString matchKey;  // PlateNormalizer::matchKey(plate)
    int wildcards = 0; // wildcard characters in plate
    QString state;     // two-letter code, empty when not given
    QString category;  // HotListCategory name ("other" when the profile has none)
    QString listCode;  // the source's own code, empty when it has none
    QString description;
    std::optional<QDate> expiryDate;
    // The other mapped fields (nic, ori, vehicle, dates as ISO text, ...).
    QJsonObject details;
    QStringList flags; // what was odd but acceptable, in field order

    bool isWildcard() const { return wildcards > 0; }
    void clear() { *this = MappedHotListEntry(); }
};

// Applies a hot-list profile to one source record (FORMATS.md 4.3, 4.6.4,
// 4.6.5): finds each field's column, cuts codes out of cells, maps codes to
// categories, parses dates and numbers and normalises plate and state. Says
// either how the record became an entry (with flags) or why it was rejected.
// Knows nothing of the store; immutable after create(), so one mapper may
// serve several threads.
class HotListMapper {
public:
    struct Context {
        // For records whose state is blank (a required state then is not
        // missing). Must be a known code; see StateMapper.
        QString defaultState;
    };

    static Result<HotListMapper> create(const ImportProfile& profile, const QStringList& header,
                                        const Context& context = {});

    // Fills `entry` from the record. Returns the rejection reasons ("; "
    // joined codes such as "bad_date:entry_date='20241340'"), or an empty
    // string when the record is an entry.
    QString map(const SourceRecord& record, MappedHotListEntry& entry) const;

    // The profile's dedupe key of an entry (plate_norm, state, list_code,
    // category, or other fields); empty when the profile has none.
    QString dedupeKey(const MappedHotListEntry& entry) const;

    // Whether entries alert, as "possible", on one look-alike character.
    bool possibleMatches() const;

private:
    struct Column {
        ProfileField spec;
        int index = -1; // in the header; -1: const or absent
        TimestampParser dates;
        StateMapper states;
    };

    explicit HotListMapper(const ImportProfile& profile);
    QString mapCode(const Column& column, const QString& text, MappedHotListEntry& entry,
                    QString& value) const;

    const ImportProfile* m_profile;
    PlateNormalizer m_plates;
    std::vector<Column> m_columns;
    QString m_defaultState;
};

} // namespace pl::core
