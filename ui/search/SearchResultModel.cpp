#include "ui/search/SearchResultModel.h"

#include "core/cases/Verification.h"
#include "core/common/TimeFormat.h"
#include "core/reads/ReadRecordService.h"
#include "core/search/SearchService.h"
#include "core/station/Station.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace pl::ui {

SearchResultModel::SearchResultModel(core::Station& station, const core::Session& session,
                                     QObject* parent)
    : QAbstractTableModel(parent)
    , m_station(station)
    , m_session(session)
    , m_thumbnails(2000) {}

void SearchResultModel::setResult(const core::SearchResult& result) {
    beginResetModel();
    m_result = result;
    m_rows.clear();
    m_nextId = 0;
    m_thumbnails.clear();
    m_error.clear();
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

void SearchResultModel::clear() {
    setResult({});
}

qint64 SearchResultModel::readIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).readId : 0;
}

void SearchResultModel::refreshRow(int row) {
    if (row < 0 || row >= m_rows.size())
        return;
    const qint64 id = m_rows.at(row).readId;
    const qsizetype at = m_result.readIds.indexOf(id);
    if (at < 0)
        return;
    auto fresh = m_station.search().rows(m_session, m_result, at, 1);
    if (!fresh || fresh.value().isEmpty())
        return;
    m_rows[row] = fresh.value().first();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SearchResultModel::ensureLoaded(int row) {
    while (row >= m_rows.size() && canFetchMore({})) {
        const qsizetype before = m_nextId;
        fetchMore({});
        if (m_nextId == before)
            break;
    }
}

int SearchResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool SearchResultModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_nextId < m_result.readIds.size() && m_error.isEmpty();
}

void SearchResultModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    auto page = m_station.search().rows(m_session, m_result, m_nextId, pageSize);
    if (!page) {
        m_error = page.error().message();
        return;
    }
    m_nextId = std::min(m_result.readIds.size(), m_nextId + pageSize);
    if (page.value().isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.value().size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

QPixmap SearchResultModel::thumbnail(qint64 readId) const {
    if (QPixmap* cached = m_thumbnails.object(readId))
        return *cached;
    QPixmap pixmap;
    auto image = m_station.reads().plateImage(m_session, readId);
    if (image && !image.value().isEmpty() && pixmap.loadFromData(image.value()))
        pixmap = pixmap.scaledToHeight(thumbnailHeight, Qt::SmoothTransformation);
    m_thumbnails.insert(readId, new QPixmap(pixmap));
    return pixmap;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::SearchRow& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Plate:
            return row.plateRaw == row.plate || row.plateRaw.isEmpty()
                       ? row.plate
                       : tr("%1 (read as %2)").arg(row.plate, row.plateRaw);
        case Time:
            return core::TimeFormat::toDisplay(row.timeUtc);
        case State:
            return row.state;
        case Place:
            if (!row.latitude || !row.longitude)
                return tr("unknown");
            return QStringLiteral("%1, %2").arg(QLocale().toString(*row.latitude, 'f', 5),
                                                QLocale().toString(*row.longitude, 'f', 5));
        case Device:
            return row.deviceName;
        case Source:
            return row.source == core::SearchRow::Source::Live ? tr("camera") : tr("import");
        case Confidence:
            return row.confidence ? QLocale().toString(*row.confidence, 'f', 0) : QString();
        case Verification: {
            const auto decision = core::Verification::decisionFromName(row.verification);
            if (!decision)
                return tr("Not verified");
            const QString label = core::Verification::decisionLabel(*decision);
            return *decision == core::Verification::Decision::Mismatch
                       ? tr("%1 (%2)").arg(label, row.corrected)
                       : label;
        }
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Image && row.hasPlateImage)
        return thumbnail(row.readId);
    if (role == Qt::ForegroundRole && index.column() == Verification && row.verification.isEmpty())
        return QBrush(QColor(0x8a, 0x5a, 0x00));
    if (role == Qt::TextAlignmentRole && index.column() == Confidence)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return row.readId;
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Image:
        return tr("Image");
    case Plate:
        return tr("Plate");
    case Time:
        return tr("Time");
    case State:
        return tr("State");
    case Place:
        return tr("Place");
    case Device:
        return tr("Device");
    case Source:
        return tr("Source");
    case Confidence:
        return tr("Confidence");
    case Verification:
        return tr("Verification");
    default:
        return {};
    }
}

} // namespace pl::ui
