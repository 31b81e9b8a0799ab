#pragma once

#include "core/hotlist/HotListTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace pl::ui {

// The user's own hot-list alerts, newest first. A hit (the read's plate is
// the entry's) and a possible match (one look-alike character apart) look
// different everywhere; a possible match is never styled as a hit.
class AlertTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Kind,
        ReadPlate,
        EntryPlate,
        ReadTime,
        Device,
        Category,
        Case,
        List,
        Status,
        ColumnCount
    };

    explicit AlertTableModel(QObject* parent = nullptr);

    void setAlerts(const QList<core::HotListAlert>& alerts);
    const QList<core::HotListAlert>& alerts() const { return m_alerts; }
    const core::HotListAlert* alertAt(int row) const;
    int rowOfId(qint64 id) const;

    // "Hit" or "Possible match", for people.
    static QString kindLabel(core::HotListAlert::Kind kind);
    // What the kind means, in a sentence.
    static QString kindExplanation(const core::HotListAlert& alert);
    // New, not acknowledged, or acknowledged (when).
    static QString statusLabel(const core::HotListAlert& alert);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::HotListAlert> m_alerts;
};

} // namespace pl::ui
