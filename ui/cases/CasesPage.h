#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class CaseReadModel;
class CaseTableModel;
class ExceptionTableModel;

// Case files. Investigators open and close cases, see and unlink the reads
// linked to them; anyone who searches sees the cases and asks for a wider
// search window for one. Core checks every permission again and audits each
// change.
class CasesPage : public QWidget {
    Q_OBJECT
public:
    CasesPage(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    void refresh();
    bool selectCase(const QString& number);
    QString selectedCaseNumber() const;

    void openCase();
    void closeCase();
    void unlinkRead();
    void requestException();
    // Exports the selected case's confirmed reads: PDF, or CSV where path
    // ends in .csv. Empty path: asks for the file. False if refused, failed
    // or cancelled (with the message shown).
    bool exportCase(const QString& path = {});

    CaseTableModel* model() const { return m_cases; }
    CaseReadModel* readsModel() const { return m_reads; }
    ExceptionTableModel* exceptionsModel() const { return m_exceptions; }
    QTableView* table() const { return m_casesTable; }
    QTableView* readsTable() const { return m_readsTable; }

protected:
    // Cases and links change from other pages (search): show them as they are now.
    void showEvent(QShowEvent* event) override;

private:
    void loadSelected();
    void loadReads(const QString& number);
    void loadExceptions(const QString& number);
    void updateButtons();
    void showMessage(const QString& text, bool error = false);

    core::Station& m_station;
    const core::Session& m_session;
    CaseTableModel* m_cases;
    CaseReadModel* m_reads;
    ExceptionTableModel* m_exceptions;
    QComboBox* m_filter;
    QTableView* m_casesTable;
    QTableView* m_readsTable;
    QTableView* m_exceptionsTable;
    QTabWidget* m_details;
    QPushButton* m_open;
    QPushButton* m_close;
    QPushButton* m_unlink;
    QPushButton* m_request;
    QPushButton* m_export;
    QLabel* m_message;
};

} // namespace pl::ui
