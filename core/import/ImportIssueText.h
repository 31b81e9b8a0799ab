#pragma once

#include <QString>

namespace pl::core {

// Turns the stable reason and flag codes stored with import rows
// ("bad_datetime:'13/07/2024 - 16:41:00'; field_count:6!=5") into sentences
// for people, in their language. Unknown codes are shown as they are.
class ImportIssueText {
public:
    static QString describe(const QString& codes);
    static QString describeOne(const QString& code);
};

} // namespace pl::core
