#pragma once

#include "core/cases/CaseTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace pl::ui {

// Case files as listed on the cases page, newest first.
class CaseTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Title, Kind, Offense, Lead, Opened, Closed, LinkedReads, ColumnCount };

    explicit CaseTableModel(QObject* parent = nullptr);

    void setCases(const QList<core::CaseFile>& cases);
    // Offense codes to the labels shown (from the statute-of-limitations table).
    void setOffenseLabels(const QHash<QString, QString>& labels);
    const core::CaseFile* caseAt(int row) const;
    int rowOfNumber(const QString& number) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::CaseFile> m_cases;
    QHash<QString, QString> m_offenseLabels;
};

} // namespace pl::ui
