#pragma once

#include "core/audit/AuditEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace pl::ui {

// Audit events, newest first, as shown on the audit page.
class AuditEventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Time, User, Action, Outcome, Target, Case, Reason, Details, ColumnCount };

    explicit AuditEventModel(QObject* parent = nullptr);

    void setEvents(const QList<core::AuditEvent>& events);
    void appendEvents(const QList<core::AuditEvent>& older);
    qint64 oldestSeq() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::AuditEvent> m_events;
};

} // namespace pl::ui
