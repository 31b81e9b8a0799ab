#pragma once

#include "core/audit/AuditBrowser.h"
#include "core/common/Result.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace pl::ui {

// Audit events, newest first, fetched a page at a time as the view scrolls,
// so a trail of a million events opens as fast as one of a hundred.
class AuditEventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Seq,
        Time,
        User,
        OnBehalfOf,
        Action,
        Plate,
        Case,
        Reason,
        Reads,
        Outcome,
        Flag,
        ColumnCount
    };
    // Events older than the seq given (0: the newest).
    using Source = std::function<core::Result<core::AuditEventPage>(qint64 beforeSeq)>;

    explicit AuditEventModel(QObject* parent = nullptr);

    // Replaces the rows with the first page of the source.
    void setSource(Source source);
    void clear();
    const core::AuditEventRow* row(int index) const;
    int indexOfSeq(qint64 seq) const;
    // After a flag was marked reviewed.
    void setFlagReviewed(qint64 seq);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static constexpr int pageSize = 200;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    Source m_source;
    QList<core::AuditEventRow> m_rows;
    bool m_more = false;
};

} // namespace pl::ui
