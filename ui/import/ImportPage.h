#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/import/ImportTypes.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class ImportHistoryPanel;
class ImportRunPanel;
class ImportSetupPanel;
class RollbackRunner;

// The Import section: "New import" (the form, then the running import and its
// summary) and "Previous imports". It carries out what the panels ask for:
// preparing a run (asking before a file is imported a second time), resuming,
// and rolling back after a confirmation.
class ImportPage : public QWidget {
    Q_OBJECT
public:
    ImportPage(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    ImportSetupPanel* setup() const { return m_setup; }
    ImportRunPanel* runPanel() const { return m_run; }
    ImportHistoryPanel* history() const { return m_history; }

    void startImport();
    void resumeImport(qint64 importId);
    // Asks first; rolls back on confirmation.
    void rollbackImport(qint64 importId);
    void showSetup();

Q_SIGNALS:
    void importFinished(qint64 importId);

private:
    void prepareAndRun(const core::ImportRequest& request);
    void askReimport(const core::ImportRequest& request, const core::Error& error);
    QList<core::ImportRecord> previousImports() const;
    void showMessage(const QString& text, bool isError);
    void showRunPanel();
    void rollBack(const core::ImportRecord& record);
    void rolledBack(const core::ImportRecord& record, const core::Result<qint64>& result);

    core::Station& m_station;
    const core::Session& m_session;
    QLabel* m_message;
    QTabWidget* m_tabs;
    QStackedWidget* m_newImport;
    ImportSetupPanel* m_setup;
    ImportRunPanel* m_run;
    ImportHistoryPanel* m_history;
    RollbackRunner* m_rollback;
};

} // namespace pl::ui
