#pragma once

#include "core/import/ImportTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace pl::ui {

// Rows of one import that did not become reads (rejected, duplicate): where
// they stood in the file, what happened, why, and the row itself.
class ImportIssueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Outcome, Reason, Content, ColumnCount };

    explicit ImportIssueModel(QObject* parent = nullptr);

    void setIssues(const QList<core::ImportRowIssue>& issues);
    const QList<core::ImportRowIssue>& issues() const { return m_issues; }

    static QString kindLabel(core::ImportRowIssue::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::ImportRowIssue> m_issues;
};

} // namespace pl::ui
