#pragma once

#include "core/import/ImportProfile.h"
#include "core/import/ImportTypes.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace pl::ui {

// Which column of the file feeds each canonical field of the profile, one
// combo per field, so a person can correct it. A corrected mapping is used
// once it is saved as a profile of its own.
class ImportMappingPanel : public QWidget {
    Q_OBJECT
public:
    explicit ImportMappingPanel(QWidget* parent = nullptr);

    void setPreview(const core::ImportPreview& preview, const core::ImportProfile* profile);
    void clear();

    QList<QPair<QString, int>> mapping() const;
    // Fields whose column differs from the profile's, with the column names
    // (or "#2"-style indexes for files without a header) ImportProfile::derive takes.
    QHash<QString, QStringList> changes() const;
    bool isChanged() const { return !changes().isEmpty(); }
    QComboBox* comboOf(const QString& field) const;
    // Back to the profile's mapping.
    void reset();

    // "Date and time (ts)" for a canonical field name.
    static QString fieldLabel(const QString& field);

Q_SIGNALS:
    void mappingChanged();
    void saveRequested();

private:
    void update();
    void fitScroll();
    QString columnName(int column) const;

    QFormLayout* m_form;
    QWidget* m_fields;
    QScrollArea* m_scroll;
    QLabel* m_note;
    QPushButton* m_save;
    QPushButton* m_reset;
    QString m_defaultNote;
    QStringList m_header;
    bool m_hasHeader = true;
    QList<QPair<QString, int>> m_original;
    QList<QPair<QString, QComboBox*>> m_combos;
};

} // namespace pl::ui
