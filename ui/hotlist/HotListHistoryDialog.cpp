#include "ui/hotlist/HotListHistoryDialog.h"

#include "core/common/TimeFormat.h"
#include "ui/hotlist/HotListEntryModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

QString fieldLabel(const QString& key) {
    if (key == QLatin1String("plate"))
        return HotListHistoryDialog::tr("plate");
    if (key == QLatin1String("state"))
        return HotListHistoryDialog::tr("state");
    if (key == QLatin1String("category"))
        return HotListHistoryDialog::tr("category");
    if (key == QLatin1String("reason"))
        return HotListHistoryDialog::tr("reason");
    if (key == QLatin1String("case"))
        return HotListHistoryDialog::tr("case");
    if (key == QLatin1String("review_by_utc"))
        return HotListHistoryDialog::tr("review by");
    if (key == QLatin1String("expires_utc"))
        return HotListHistoryDialog::tr("expires");
    if (key == QLatin1String("possible_matches"))
        return HotListHistoryDialog::tr("possible matches");
    if (key == QLatin1String("active"))
        return HotListHistoryDialog::tr("active");
    return key;
}

QString valueText(const QString& key, const QJsonValue& value) {
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return HotListHistoryDialog::tr("none");
    if (value.isBool())
        return value.toBool() ? HotListHistoryDialog::tr("yes") : HotListHistoryDialog::tr("no");
    if (key == QLatin1String("category"))
        return core::HotListCategory::label(value.toString());
    if (key.endsWith(QLatin1String("_utc"))) {
        const QDateTime time = core::TimeFormat::fromStorage(value.toString());
        if (time.isValid())
            return time.toLocalTime().date().toString(Qt::ISODate);
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

HotListHistoryDialog::HotListHistoryDialog(const core::HotListEntry& entry,
                                           const QList<core::HotListChange>& changes,
                                           QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(static_cast<int>(changes.size()), ColumnCount, this)) {
    setObjectName(QStringLiteral("hotListHistoryDialog"));
    setWindowTitle(tr("History of hot-list entry %1").arg(entry.plate));
    resize(900, 460);

    auto* heading =
        new QLabel(tr("<b>%1</b> · %2 · case %3 · owner %4")
                       .arg(HotListEntryModel::plateText(entry).toHtmlEscaped(),
                            core::HotListCategory::label(entry.category).toHtmlEscaped(),
                            entry.caseNumber.toHtmlEscaped(), entry.ownerName.toHtmlEscaped()),
                   this);
    heading->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Change"), tr("Reason or note"), tr("What changed")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    for (int row = 0; row < changes.size(); ++row) {
        const core::HotListChange& change = changes.at(row);
        const QStringList cells = {core::TimeFormat::toDisplay(change.timeUtc), change.userName,
                                   changeLabel(change.change), change.reason,
                                   describeDetails(change.details)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Reason, std::min(m_table->columnWidth(Reason), 220));
    m_table->resizeRowsToContents();
    // Wrapped changes need their rows' height again whenever a column's width changes.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableView::resizeRowsToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

QString HotListHistoryDialog::changeLabel(const QString& change) {
    if (change == QLatin1String("added"))
        return tr("Added");
    if (change == QLatin1String("edited"))
        return tr("Changed");
    if (change == QLatin1String("reviewed"))
        return tr("Reviewed");
    if (change == QLatin1String("removed"))
        return tr("Removed");
    if (change == QLatin1String("imported"))
        return tr("Imported");
    if (change == QLatin1String("replaced"))
        return tr("Replaced by a newer list");
    return change;
}

QString HotListHistoryDialog::describeDetails(const QString& json) {
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList lines;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isObject() && value.toObject().contains(QStringLiteral("to"))) {
            const QJsonObject change = value.toObject();
            lines.append(tr("%1: %2 → %3")
                             .arg(fieldLabel(it.key()),
                                  valueText(it.key(), change.value(QStringLiteral("from"))),
                                  valueText(it.key(), change.value(QStringLiteral("to")))));
        } else {
            lines.append(tr("%1: %2").arg(fieldLabel(it.key()), valueText(it.key(), value)));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace pl::ui
