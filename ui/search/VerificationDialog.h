#pragma once

#include "core/cases/Verification.h"
#include "core/reads/ReadRecord.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class SearchResultModel;

// Checking reads against their images, one after the other. The plate crop
// (enlarged) and the scene are shown side by side with the text as read, how
// sure the reader was of each character, its other readings, when, where and
// by which device, and the earlier decisions on the read. The investigator
// records confirmed, mismatch (with the plate as seen) or unreadable; each
// decision is added (none is changed) and audited, and the next read opens.
//
// Keyboard: C confirms, M asks for the plate as seen (Return records it),
// U records unreadable, L links the read to the case, N goes to the note, Page Down / Page Up move
// to the next / previous read without a decision, Escape closes.
class VerificationDialog : public QDialog {
    Q_OBJECT
public:
    VerificationDialog(core::Station& station, const core::Session& session,
                       SearchResultModel& results, int row, const QString& caseNumber,
                       QWidget* parent = nullptr);

    int currentRow() const { return m_row; }
    qint64 currentReadId() const { return m_record.id; }
    bool showRow(int row);
    bool next();
    bool previous();
    // Records a decision on the read shown, then moves to the next read.
    bool decide(core::Verification::Decision decision);
    void startMismatch();
    // Links the read shown to the case the search was made for.
    bool linkToCase();

Q_SIGNALS:
    void decided(int row);

private:
    void showError(const QString& message);
    void showImages();
    void showDetails();
    void showHistory();
    QString characterConfidences() const;

    core::Station& m_station;
    const core::Session& m_session;
    SearchResultModel& m_results;
    QString m_caseNumber;
    int m_row = -1;
    core::ReadRecord m_record;

    QLabel* m_position;
    QLabel* m_plateImage;
    QLabel* m_sceneImage;
    QLabel* m_plateText;
    QLabel* m_characters;
    QLabel* m_details;
    QLabel* m_candidates;
    QListWidget* m_history;
    QLineEdit* m_corrected;
    QLineEdit* m_note;
    QPushButton* m_confirm;
    QPushButton* m_mismatch;
    QPushButton* m_unreadable;
    QPushButton* m_link;
    QLabel* m_error;
};

} // namespace pl::ui
