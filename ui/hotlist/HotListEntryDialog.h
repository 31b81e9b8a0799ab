#pragma once

#include "core/cases/CaseTypes.h"
#include "core/hotlist/HotListTypes.h"
#include "ui/common/FormDialog.h"

#include <QDateTime>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace pl::ui {

// Adds a hot-list entry or changes one: plate (wildcards allowed), state,
// category, reason, case, review date, optional expiry, whether possible
// matches alert too, and whether the entry is active. Core checks the values;
// its message is shown here and nothing typed is lost.
class HotListEntryDialog : public FormDialog {
    Q_OBJECT
public:
    // nowUtc: the station clock's time; reviewDays: the policy's review
    // period, which bounds the review date; openCases: the cases offered
    // (any other number may be typed, for a matter recorded elsewhere); entry: the entry to change,
    // or none to add one.
    HotListEntryDialog(const QDateTime& nowUtc, int reviewDays,
                       const QList<core::CaseFile>& openCases,
                       const std::optional<core::HotListEntry>& entry, QWidget* parent = nullptr);

    // What the form says, for core to check.
    core::HotListEntryInput input() const;

private:
    void plateChanged();
    QString caseNumber() const;
    QDateTime reviewByUtc() const;
    QDateTime expiresUtc() const;

    QDateTime m_nowUtc;
    int m_reviewDays;
    std::optional<core::HotListEntry> m_entry;
    QLineEdit* m_plate;
    QLabel* m_plateHint;
    QLineEdit* m_state;
    QComboBox* m_category;
    QLineEdit* m_reason;
    QComboBox* m_case;
    QDateEdit* m_reviewBy;
    QCheckBox* m_expires;
    QDateEdit* m_expiresOn;
    QCheckBox* m_possible;
    QCheckBox* m_active;
};

} // namespace pl::ui
