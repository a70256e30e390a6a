package org.jiannuo.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Fills a compiled template with rows and writes it as PDF or XLSX. Thread-safe; templates are loaded once. */
public class ReportRenderer {

    private final Map<ReportTemplate, JasperReport> loaded = new ConcurrentHashMap<>();

    public void render(ReportTemplate template, Map<String, Object> parameters, JRDataSource rows,
            ReportFormat format, OutputStream out) {
        try {
            JasperPrint print = JasperFillManager.fillReport(load(template), new HashMap<>(parameters), rows);
            switch (format) {
                case PDF -> exportPdf(print, out);
                case XLSX -> exportXlsx(print, out);
            }
        } catch (JRException e) {
            throw new ReportException("Report " + template.fileName() + " failed: " + e.getMessage(), e);
        }
    }

    private JasperReport load(ReportTemplate template) {
        return loaded.computeIfAbsent(template, t -> {
            try (InputStream in = ReportRenderer.class.getResourceAsStream(t.resourcePath())) {
                if (in == null) {
                    throw new ReportException("Compiled template missing: " + t.resourcePath(), null);
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new ReportException("Cannot load " + t.resourcePath(), e);
            }
        });
    }

    private static void exportPdf(JasperPrint print, OutputStream out) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(print.getName());
        configuration.setMetadataCreator("Jiannuo");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    private static void exportXlsx(JasperPrint print, OutputStream out) throws JRException {
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setWhitePageBackground(false);
        configuration.setOnePagePerSheet(false);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }
}
