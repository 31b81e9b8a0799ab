#pragma once

#include "core/import/ImportTypes.h"

#include <QWidget>

class QLabel;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class ImportIssuesView;

// What an import did: rows read, reads stored (of which flagged), duplicates,
// rejected and skipped rows, the plates that may be the same vehicle, and the
// rows that did not become reads.
class ImportSummaryView : public QWidget {
    Q_OBJECT
public:
    ImportSummaryView(core::Station& station, const core::Session& session,
                      QWidget* parent = nullptr);

    void setSummary(const core::ImportSummary& summary);
    void setCounts(const core::ImportCounts& counts);
    void clear();
    ImportIssuesView* issues() const { return m_issues; }

    // "possibly the same vehicle: B0KT552, BOKT552", one line per group.
    static QString ocrNote(const QList<QStringList>& groups);

private:
    QLabel* addCount(const QString& name);

    QLabel* m_rowsRead;
    QLabel* m_stored;
    QLabel* m_flagged;
    QLabel* m_duplicates;
    QLabel* m_rejected;
    QLabel* m_skipped;
    QLabel* m_ocr;
    ImportIssuesView* m_issues;
};

} // namespace pl::ui
