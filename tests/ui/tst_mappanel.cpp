// The administrator's map panel: sensitive locations added through the
// dialog, shown in the table and removed with a reason; tile settings that
// are refused with the error shown and nothing stored, or saved.

#include "core/audit/AuditAction.h"
#include "core/geo/MapSettingsService.h"
#include "core/geo/SensitiveLocationService.h"
#include "core/store/Database.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/MapPanel.h"
#include "ui/admin/SensitiveLocationDialog.h"
#include "ui/cases/NoteDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;
using tests::AuditReader;
using tests::TestStation;

namespace {

QPushButton* button(QWidget* parent, const char* name) {
    return parent->findChild<QPushButton*>(QLatin1String(name));
}

QString errorText(QWidget* dialog) {
    auto* label = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    return label && !label->isHidden() ? label->text() : QString();
}

void type(QWidget* parent, const char* name, const QString& text) {
    auto* edit = parent->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}

QString cell(const ui::MapPanel& panel, int row, int column) {
    auto* item = panel.table()->item(row, column);
    return item ? item->text() : QString();
}

qint64 storedMapSettings(core::Database& db) {
    auto count = db.queryInt("SELECT count(*) FROM settings WHERE key IN ('map.mbtiles_path', "
                             "'map.tile_url', 'map.tile_cache_dir')");
    return count ? count.value() : -1;
}

} // namespace

class TestMapPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void adminPageHasMapTab();
    void addLocationThroughDialog();
    void removeLocationWithReason();
    void badSettingsShowErrorAndStoreNothing();
    void goodSettingsAreSaved();
    void importShowsBadLines();

private:
    core::Station& station() { return m_ts->station(); }
    core::Session& admin() { return m_ts->adminSession(); }

    std::unique_ptr<TestStation> m_ts;
};

void TestMapPanel::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
}

void TestMapPanel::cleanup() {
    m_ts.reset();
}

void TestMapPanel::adminPageHasMapTab() {
    ui::AdminPage page(station(), admin());
    QVERIFY(page.map());
    QVERIFY(page.findChild<ui::MapPanel*>(QStringLiteral("mapPanel")));
    // The caution distance is named under the list, from the policy.
    QVERIFY(page.map()
                ->findChild<QLabel*>(QStringLiteral("cautionNote"))
                ->text()
                .contains(QLatin1String("300")));
}

void TestMapPanel::addLocationThroughDialog() {
    ui::MapPanel panel(station(), admin());
    QCOMPARE(panel.table()->rowCount(), 0);
    QVERIFY(!button(&panel, "editLocationButton")->isEnabled());

    button(&panel, "addLocationButton")->click();
    auto* dialog = panel.findChild<ui::SensitiveLocationDialog*>();
    QVERIFY(dialog);
    type(dialog, "name", QStringLiteral("Elm Street Elementary"));
    type(dialog, "latitude", QStringLiteral("30.2672"));
    // A missing longitude is refused in the dialog, which stays open.
    button(dialog, "submitButton")->click();
    QVERIFY(errorText(dialog).contains(QLatin1String("longitude")));
    QCOMPARE(panel.table()->rowCount(), 0);

    type(dialog, "longitude", QStringLiteral("-97.7431"));
    auto* category = dialog->findChild<QComboBox*>(QStringLiteral("category"));
    category->setCurrentIndex(category->findData(QStringLiteral("school")));
    type(dialog, "note", QStringLiteral("Main gate on Elm"));
    // A blank name is refused by core; the message shows in the dialog.
    type(dialog, "name", QStringLiteral("  "));
    button(dialog, "submitButton")->click();
    QVERIFY(errorText(dialog).contains(QLatin1String("name")));
    type(dialog, "name", QStringLiteral("Elm Street Elementary"));
    button(dialog, "submitButton")->click();
    QTRY_VERIFY(!panel.findChild<ui::SensitiveLocationDialog*>());

    QCOMPARE(panel.table()->rowCount(), 1);
    QCOMPARE(cell(panel, 0, 0), QStringLiteral("Elm Street Elementary"));
    QCOMPARE(cell(panel, 0, 1), core::SensitiveLocation::categoryLabel(QStringLiteral("school")));
    QCOMPARE(cell(panel, 0, 2), QStringLiteral("30.267200"));
    QCOMPARE(cell(panel, 0, 3), QStringLiteral("-97.743100"));
    QCOMPARE(cell(panel, 0, 4), QStringLiteral("Main gate on Elm"));
    QCOMPARE(
        AuditReader::withAction(station().database(), core::AuditAction::sensitiveLocationAdded())
            .size(),
        1);
    QVERIFY(button(&panel, "editLocationButton")->isEnabled()); // the new row is selected
}

void TestMapPanel::removeLocationWithReason() {
    core::SensitiveLocationInput input;
    input.name = QStringLiteral("County Clinic");
    input.category = QStringLiteral("medical");
    input.latitude = 30.28;
    input.longitude = -97.76;
    PL_VERIFY_OK(station().sensitiveLocations().add(admin(), input));
    ui::MapPanel panel(station(), admin());
    QCOMPARE(panel.table()->rowCount(), 1);
    panel.table()->selectRow(0);
    QVERIFY(button(&panel, "removeLocationButton")->isEnabled());

    button(&panel, "removeLocationButton")->click();
    auto* dialog = panel.findChild<ui::NoteDialog*>(QStringLiteral("removeLocationDialog"));
    QVERIFY(dialog);
    button(dialog, "submitButton")->click(); // no reason yet
    QVERIFY(!errorText(dialog).isEmpty());
    QCOMPARE(panel.table()->rowCount(), 1);
    type(dialog, "note", QStringLiteral("Clinic closed in March"));
    button(dialog, "submitButton")->click();
    QTRY_VERIFY(!panel.findChild<ui::NoteDialog*>(QStringLiteral("removeLocationDialog")));

    QCOMPARE(panel.table()->rowCount(), 0);
    auto event =
        AuditReader::last(station().database(), core::AuditAction::sensitiveLocationRemoved());
    QCOMPARE(event.reason, QStringLiteral("Clinic closed in March"));

    // Kept, and shown on request with its reason.
    panel.findChild<QCheckBox*>(QStringLiteral("showRemoved"))->setChecked(true);
    QCOMPARE(panel.table()->rowCount(), 1);
    QVERIFY(cell(panel, 0, 0).contains(QLatin1String("Clinic closed in March")));
    panel.table()->selectRow(0);
    QVERIFY(!button(&panel, "removeLocationButton")->isEnabled());
}

void TestMapPanel::badSettingsShowErrorAndStoreNothing() {
    ui::MapPanel panel(station(), admin());
    type(&panel, "tileUrl", QStringLiteral("https://tiles.agency.local/tiles.png"));
    button(&panel, "saveMapSettingsButton")->click();
    auto* message = panel.findChild<QLabel*>(QStringLiteral("mapSettingsMessage"));
    QVERIFY2(message->text().contains(QLatin1String("{z}")), qPrintable(message->text()));
    QVERIFY(message->styleSheet().contains(QLatin1String("#b00020")));
    QCOMPARE(storedMapSettings(station().database()), 0);
    QCOMPARE(AuditReader::withAction(station().database(), core::AuditAction::mapSettingsChanged())
                 .size(),
             0);
    // What was typed stays, to be corrected.
    QCOMPARE(panel.findChild<QLineEdit*>(QStringLiteral("tileUrl"))->text(),
             QStringLiteral("https://tiles.agency.local/tiles.png"));
}

void TestMapPanel::goodSettingsAreSaved() {
    QTemporaryDir dir;
    const QString cache = QDir(dir.path()).filePath(QStringLiteral("tiles"));
    ui::MapPanel panel(station(), admin());
    type(&panel, "tileUrl", QStringLiteral("https://tiles.agency.local/{z}/{x}/{y}.png"));
    type(&panel, "tileCacheDir", cache);
    QVERIFY(panel.saveSettings());
    auto* message = panel.findChild<QLabel*>(QStringLiteral("mapSettingsMessage"));
    QVERIFY(!message->styleSheet().contains(QLatin1String("#b00020")));

    auto stored = station().mapSettings().mapSettings(admin());
    PL_VERIFY_OK(stored);
    QCOMPARE(stored->tileUrl, QStringLiteral("https://tiles.agency.local/{z}/{x}/{y}.png"));
    QCOMPARE(stored->tileCacheDir, cache);
    QVERIFY(stored->mbtilesPath.isEmpty());
    QCOMPARE(AuditReader::withAction(station().database(), core::AuditAction::mapSettingsChanged())
                 .size(),
             1);

    // A new panel shows what is stored.
    ui::MapPanel again(station(), admin());
    QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("tileCacheDir"))->text(), cache);
}

void TestMapPanel::importShowsBadLines() {
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("places.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,category,latitude,longitude\nA,school,30,-97\nB,pub,30,-97\n");
    }
    ui::MapPanel panel(station(), admin());
    QVERIFY(!panel.importFile(path));
    auto* message = panel.findChild<QLabel*>(QStringLiteral("locationsMessage"));
    QVERIFY2(message->text().contains(QLatin1String("Line 3")), qPrintable(message->text()));
    QCOMPARE(panel.table()->rowCount(), 0);

    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("name,category,latitude,longitude\nA,school,30,-97\nB,worship,30.1,-97\n");
    }
    QVERIFY(panel.importFile(path));
    QCOMPARE(panel.table()->rowCount(), 2);
}

QTEST_MAIN(TestMapPanel)
#include "tst_mappanel.moc"
