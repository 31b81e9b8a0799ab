#pragma once

#include "core/search/SearchTypes.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QList>
#include <QPixmap>

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

// The reads a search found, in rank order. The result holds every id; the
// rows are fetched from the store a page at a time as the view scrolls, and
// the plate thumbnails as they are shown, so a result of 100,000 reads opens
// at once.
class SearchResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Image,
        Plate,
        Time,
        State,
        Place,
        Device,
        Source,
        Confidence,
        Verification,
        ColumnCount
    };
    static constexpr int pageSize = 200;
    static constexpr int thumbnailHeight = 28;

    SearchResultModel(core::Station& station, const core::Session& session,
                      QObject* parent = nullptr);

    void setResult(const core::SearchResult& result);
    void clear();
    const core::SearchResult& result() const { return m_result; }
    // The number of reads found (rows may not all be loaded yet).
    qsizetype total() const { return m_result.readIds.size(); }
    qint64 readIdAt(int row) const;
    // The row's read again from the store (after a decision was recorded).
    void refreshRow(int row);
    // Loads rows up to and including row (for moving through results).
    void ensureLoaded(int row);
    // The last error met loading rows, empty if none.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QPixmap thumbnail(qint64 readId) const;

    core::Station& m_station;
    const core::Session& m_session;
    core::SearchResult m_result;
    // Loaded, in order; reads purged since the search are left out.
    QList<core::SearchRow> m_rows;
    qsizetype m_nextId = 0; // the next index into m_result.readIds to load
    mutable QCache<qint64, QPixmap> m_thumbnails;
    QString m_error;
};

} // namespace pl::ui
