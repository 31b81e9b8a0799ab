#pragma once

#include "core/cases/CaseTypes.h"
#include "core/cases/Verification.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace pl::ui {

// The reads linked to one case, oldest first, with the latest verification
// decision on each (only confirmed reads go into an export).
class CaseReadModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Plate, Time, State, Device, Verification, LinkedBy, LinkedAt, ColumnCount };

    explicit CaseReadModel(QObject* parent = nullptr);

    void setReads(const QList<core::CaseRead>& reads,
                  const QHash<qint64, core::Verification>& latest);
    void setDeviceNames(const QHash<qint64, QString>& names);
    void clear();
    const core::CaseRead* readAt(int row) const;
    QString deviceName(qint64 deviceId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::CaseRead> m_reads;
    QHash<qint64, core::Verification> m_latest;
    QHash<qint64, QString> m_deviceNames;
};

} // namespace pl::ui
