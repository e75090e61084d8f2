// SPDX-License-Identifier: Apache-2.0
// Build-time tool: renders the SVG application icon to the PNG sizes of the freedesktop icon
// theme, so desktops that do not scale SVG (and menus at small sizes) get sharp pixels.
// Usage: roost-icon-render ICON.svg OUTPUT_DIR SIZE... → OUTPUT_DIR/<SIZE>x<SIZE>/roost.png
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: roost-icon-render ICON.svg OUTPUT_DIR SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(args[0]);
    if (!renderer.isValid()) {
        err << "cannot read " << args[0] << '\n';
        return 1;
    }
    const QString name = QFileInfo(args[0]).completeBaseName() + QStringLiteral(".png");
    for (const QString& text : args.mid(2)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << "not an icon size: " << text << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2").arg(args[1]).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + QLatin1Char('/') + name, "PNG")) {
            err << "cannot write " << dir << '/' << name << '\n';
            return 1;
        }
    }
    return 0;
}
