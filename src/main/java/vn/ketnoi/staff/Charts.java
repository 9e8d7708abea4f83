package vn.ketnoi.staff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Bar charts of need counts, drawn by JFreeChart as PNG (headless). */
final class Charts {
  private Charts() {}

  static byte[] bars(String title, Map<String, Map<String, Integer>> series) {
    System.setProperty("java.awt.headless", "true");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    series.forEach((group, counts) -> counts.forEach((label, n) -> data.addValue(n, group, label)));
    JFreeChart chart = ChartFactory.createBarChart(title, null, null, data,
        PlotOrientation.HORIZONTAL, true, false, false);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(png, chart, 900, 200 + 22 * data.getColumnCount());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }
}
