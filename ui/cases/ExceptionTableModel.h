#pragma once

#include "core/cases/QueryException.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace pl::ui {

// Requests for a wider query window: a case's own (on the cases page) or
// every pending one (for a supervisor). Views hide the columns they do not need.
class ExceptionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Case,
        Requester,
        Requested,
        From,
        Reason,
        Status,
        Expires,
        DecidedBy,
        Note,
        ColumnCount
    };

    explicit ExceptionTableModel(QObject* parent = nullptr);

    // nowUtc decides which approved exceptions show as expired.
    void setExceptions(const QList<core::QueryException>& exceptions, const QDateTime& nowUtc);
    void clear();
    const core::QueryException* exceptionAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::QueryException> m_exceptions;
    QDateTime m_nowUtc;
};

} // namespace pl::ui
