#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class ExceptionTableModel;

// For supervisors: requests for a wider search window that wait for a
// decision. Approving takes an optional note, refusing a required one; core
// refuses a decision on one's own request and says so here.
class ExceptionsPage : public QWidget {
    Q_OBJECT
public:
    ExceptionsPage(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    void refresh();
    void approve();
    void refuse();
    bool selectException(qint64 id);

    ExceptionTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

protected:
    // Requests arrive from other people's sessions: list them as they are now.
    void showEvent(QShowEvent* event) override;

private:
    void decide(bool approve);
    void updateButtons();
    void showMessage(const QString& text, bool error = false);

    core::Station& m_station;
    const core::Session& m_session;
    ExceptionTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_approve;
    QPushButton* m_refuse;
    QLabel* m_message;
};

} // namespace pl::ui
