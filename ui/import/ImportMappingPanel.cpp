#include "ui/import/ImportMappingPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pl::ui {

ImportMappingPanel::ImportMappingPanel(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_fields(new QWidget)
    , m_scroll(new QScrollArea(this))
    , m_note(new QLabel(this))
    , m_save(new QPushButton(tr("Save as profile…"), this))
    , m_reset(new QPushButton(tr("Undo changes"), this)) {
    setObjectName(QStringLiteral("mappingPanel"));
    auto* heading = new QLabel(tr("<b>Column mapping</b>"), this);
    m_note->setObjectName(QStringLiteral("mappingNote"));
    m_note->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_reset->setObjectName(QStringLiteral("resetMappingButton"));

    m_fields->setLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_scroll->setObjectName(QStringLiteral("mappingScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_fields);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_fields->setAutoFillBackground(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_reset);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ImportMappingPanel::saveRequested);
    connect(m_reset, &QPushButton::clicked, this, &ImportMappingPanel::reset);
    clear();
}

QString ImportMappingPanel::fieldLabel(const QString& field) {
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("ts"), QT_TR_NOOP("Date and time")},
        {QStringLiteral("plate"), QT_TR_NOOP("Plate")},
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("device_id"), QT_TR_NOOP("Device")},
        {QStringLiteral("camera"), QT_TR_NOOP("Camera")},
        {QStringLiteral("site"), QT_TR_NOOP("Site")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("lat"), QT_TR_NOOP("Latitude")},
        {QStringLiteral("lon"), QT_TR_NOOP("Longitude")},
        {QStringLiteral("confidence"), QT_TR_NOOP("Confidence")},
        {QStringLiteral("read_id"), QT_TR_NOOP("Read ID")},
        {QStringLiteral("heading"), QT_TR_NOOP("Heading")},
        {QStringLiteral("speed"), QT_TR_NOOP("Speed")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("image_plate"), QT_TR_NOOP("Plate image")},
        {QStringLiteral("image_overview"), QT_TR_NOOP("Overview image")},
        {QStringLiteral("veh_make"), QT_TR_NOOP("Vehicle make")},
        {QStringLiteral("veh_model"), QT_TR_NOOP("Vehicle model")},
        {QStringLiteral("veh_color"), QT_TR_NOOP("Vehicle colour")},
        {QStringLiteral("veh_type"), QT_TR_NOOP("Vehicle type")},
        {QStringLiteral("video_time_s"), QT_TR_NOOP("Time in the video")},
        {QStringLiteral("frame"), QT_TR_NOOP("Frame")},
        {QStringLiteral("group_id"), QT_TR_NOOP("Group")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
    };
    const auto it = labels.constFind(field);
    if (it == labels.constEnd())
        return field;
    return tr("%1 (%2)").arg(tr(it.value()), field);
}

void ImportMappingPanel::clear() {
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_combos.clear();
    m_original.clear();
    m_header.clear();
    m_defaultNote = tr("Pick a file to see how its columns are read.");
    fitScroll();
    update();
}

void ImportMappingPanel::setPreview(const core::ImportPreview& preview,
                                    const core::ImportProfile* profile) {
    clear();
    m_header = preview.header;
    m_hasHeader = preview.headerLine > 0;
    m_original = preview.mapping;
    for (const auto& [field, column] : preview.mapping) {
        auto* combo = new QComboBox;
        // "mapping_ts", then "mapping_ts_2" for a field's second column.
        const auto seen =
            std::count_if(m_combos.cbegin(), m_combos.cend(),
                          [&field](const auto& entry) { return entry.first == field; });
        combo->setObjectName(seen == 0 ? QStringLiteral("mapping_") + field
                                       : QStringLiteral("mapping_%1_%2").arg(field).arg(seen + 1));
        combo->addItem(tr("(not imported)"), -1);
        for (int i = 0; i < m_header.size(); ++i)
            combo->addItem(m_header.at(i).isEmpty() ? tr("Column %1").arg(i + 1) : m_header.at(i),
                           i);
        combo->setCurrentIndex(combo->findData(column));
        const core::ProfileField* definition = profile ? profile->field(field) : nullptr;
        QString label = fieldLabel(field);
        if (definition && definition->required)
            label = tr("%1 *").arg(label);
        if (definition && definition->columns.size() > 1)
            combo->setToolTip(tr("The profile reads this field from %1.")
                                  .arg(definition->columns.join(QStringLiteral(" + "))));
        m_form->addRow(label, combo);
        m_combos.append({field, combo});
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            update();
            Q_EMIT mappingChanged();
        });
    }
    fitScroll();
    // The combos' size is known once they are polished, after this event.
    QTimer::singleShot(0, this, &ImportMappingPanel::fitScroll);
    m_defaultNote = m_combos.isEmpty()
                        ? tr("Choose a profile to see how the columns are read.")
                        : tr("* required. Correct a column if the profile picked the wrong one.");
    update();
}

void ImportMappingPanel::fitScroll() {
    // Room for all fields up to seven without scrolling; longer profiles scroll.
    const int rowHeight = fontMetrics().height() + 14;
    m_scroll->setMinimumHeight(
        std::clamp(m_fields->sizeHint().height(), 5 * rowHeight, 7 * rowHeight));
}

QList<QPair<QString, int>> ImportMappingPanel::mapping() const {
    QList<QPair<QString, int>> out;
    for (const auto& [field, combo] : m_combos)
        out.append({field, combo->currentData().toInt()});
    return out;
}

QString ImportMappingPanel::columnName(int column) const {
    if (column < 0)
        return {};
    if (!m_hasHeader || column >= m_header.size() || m_header.at(column).isEmpty())
        return QStringLiteral("#%1").arg(column);
    return m_header.at(column);
}

QHash<QString, QStringList> ImportMappingPanel::changes() const {
    // A field read from several columns (a date and a time) has one combo per
    // column; when any of them changes, the field gets all its columns anew.
    QSet<QString> changed;
    for (int i = 0; i < m_combos.size() && i < m_original.size(); ++i) {
        if (m_combos.at(i).second->currentData().toInt() != m_original.at(i).second)
            changed.insert(m_combos.at(i).first);
    }
    QHash<QString, QStringList> out;
    for (const auto& [field, combo] : m_combos) {
        if (!changed.contains(field))
            continue;
        QStringList& columns = out[field];
        const int column = combo->currentData().toInt();
        if (column >= 0)
            columns.append(columnName(column));
    }
    return out;
}

QComboBox* ImportMappingPanel::comboOf(const QString& field) const {
    for (const auto& [name, combo] : m_combos) {
        if (name == field)
            return combo;
    }
    return nullptr;
}

void ImportMappingPanel::reset() {
    for (int i = 0; i < m_combos.size() && i < m_original.size(); ++i) {
        QComboBox* combo = m_combos.at(i).second;
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(m_original.at(i).second));
    }
    update();
    Q_EMIT mappingChanged();
}

void ImportMappingPanel::update() {
    const bool changed = isChanged();
    m_save->setEnabled(changed);
    m_reset->setEnabled(changed);
    if (changed) {
        m_note->setText(tr("The corrected mapping is used once you save it as a profile."));
        m_note->setStyleSheet(QStringLiteral("color: #8a5300;"));
    } else {
        m_note->setText(m_defaultNote);
        m_note->setStyleSheet(QString());
    }
}

} // namespace pl::ui
