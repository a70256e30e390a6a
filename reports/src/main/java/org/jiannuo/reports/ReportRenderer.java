package org.jiannuo.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills a compiled template with rows and writes it as PDF or XLSX. Thread-safe; templates are loaded once.
 * Templates marked {@link ReportTemplate#virtualized()} keep only a few filled pages in memory: the others go to
 * a swap file in a temporary folder, which is deleted when the report has been written.
 */
public class ReportRenderer {

    /** Swap file blocks and growth: 4 KiB blocks, grown 100 blocks at a time. */
    private static final int SWAP_BLOCK_SIZE = 4096;
    private static final int SWAP_MIN_GROW = 100;

    private final Map<ReportTemplate, JasperReport> loaded = new ConcurrentHashMap<>();
    private final Path swapDirectory;
    private final int pagesInMemory;

    /** Swaps virtualized reports to the system temporary folder, keeping up to 300 pages in memory. */
    public ReportRenderer() {
        this(Path.of(System.getProperty("java.io.tmpdir")), 300);
    }

    /**
     * @param swapDirectory where virtualized fills write their swap files
     * @param pagesInMemory how many filled pages of a virtualized report stay in memory
     */
    public ReportRenderer(Path swapDirectory, int pagesInMemory) {
        this.swapDirectory = swapDirectory;
        this.pagesInMemory = pagesInMemory;
    }

    public void render(ReportTemplate template, Map<String, Object> parameters, JRDataSource rows,
            ReportFormat format, OutputStream out) {
        // Chinese labels, the tenants' language, unless the caller gave the reader's (ReportLabels.parameters).
        Map<String, Object> values = new HashMap<>(parameters.containsKey(JRParameter.REPORT_RESOURCE_BUNDLE)
                ? Map.of() : ReportLabels.parameters(Locale.SIMPLIFIED_CHINESE));
        values.putAll(parameters);
        JRSwapFileVirtualizer virtualizer = null;
        try {
            if (template.virtualized()) {
                JRSwapFile swap = new JRSwapFile(swapDirectory.toString(), SWAP_BLOCK_SIZE, SWAP_MIN_GROW);
                virtualizer = new JRSwapFileVirtualizer(pagesInMemory, swap, true);
                values.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            }
            JasperPrint print = JasperFillManager.fillReport(load(template), values, rows);
            if (virtualizer != null) {
                // The filled pages no longer change: the exporter reads them back without writing them again.
                virtualizer.setReadOnly(true);
            }
            switch (format) {
                case PDF -> exportPdf(print, out);
                case XLSX -> exportXlsx(print, out);
            }
        } catch (JRException e) {
            throw new ReportException("Report " + template.fileName() + " failed: " + e.getMessage(), e);
        } finally {
            if (virtualizer != null) {
                // Owner of the swap file: disposes of it, which deletes it.
                virtualizer.cleanup();
            }
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
