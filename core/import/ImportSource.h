#pragma once

#include "core/common/Result.h"
#include "core/import/ImportProfile.h"
#include "core/import/SourceRecord.h"

#include <QFile>
#include <QStringList>

#include <memory>

namespace pl::core {

// An input file opened for one profile: the right reader (delimited text or
// a worksheet), the sheet chosen, and a description of the layout found.
// Owns the file and the reader.
class ImportSource {
public:
    enum class Container { Text, Xlsx };

    ~ImportSource();
    ImportSource(const ImportSource&) = delete;
    ImportSource& operator=(const ImportSource&) = delete;

    // What the file is, from its first bytes: a zip is taken for .xlsx.
    static Result<Container> sniffContainer(const QString& path);
    // Opens the file for the profile. sheet: empty for the profile's choice.
    // Refuses binary data and a container that does not fit the profile.
    static Result<std::unique_ptr<ImportSource>>
    open(const QString& path, const ImportProfile& profile, const QString& sheet = {});

    RecordSource& records() { return *m_reader; }
    Container container() const { return m_container; }
    QStringList sheets() const { return m_sheets; }
    QString sheet() const { return m_sheet; }
    // "Text, UTF-8 with BOM, CRLF line ends, comma-delimited" (translated).
    QString layout() const { return m_layout; }

private:
    ImportSource() = default;

    QFile m_file;
    std::unique_ptr<RecordSource> m_reader;
    Container m_container = Container::Text;
    QStringList m_sheets;
    QString m_sheet;
    QString m_layout;
};

} // namespace pl::core
