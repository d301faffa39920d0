import java.nio.file.Files;
import java.nio.file.Path;
import org.nnl.core.hardness.Reduction;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.Conv;
import org.nnl.core.net.Network;
import org.nnl.core.net.PooledNetwork;
import org.nnl.core.net.WeightLaw;

/**
 * Writes the matrices M (NAME-M.csv) and sign filters w (NAME-w.csv) that NNL draws for the
 * cases of ReductionTest and scripts/hardness-reduction.nnl, for make_reference.py.
 * Run from the repository: ./nnl -e '' (to build the jar), then
 * java -cp target/nnl.jar src/test/resources/reference/hardness/DumpMatrices.java src/test/resources/reference/hardness
 */
public class DumpMatrices {
  // name, n, t, law, target, seed of h, seed of the reduction
  static final Object[][] CASES = {
    {"normal-12-3", 12, 3, WeightLaw.normal(1), "sumrelu", 5L, 7L},
    {"bernoulli-16-4", 16, 4, WeightLaw.bernoulli(1), "sumrelu", 5L, 7L},
    {"spherecols-12-4", 12, 4, WeightLaw.spherecols(1), "sumrelu", 5L, 7L},
    {"uniform-12-4-conv", 12, 4, WeightLaw.uniform(0.5), "conv", 5L, 7L},
    {"script-normal", 16, 4, WeightLaw.normal(1), "sumrelu", 1L, 3L},
    {"script-uniform", 16, 4, WeightLaw.uniform(1), "sumrelu", 1L, 3L},
    {"script-bernoulli", 16, 4, WeightLaw.bernoulli(1), "sumrelu", 1L, 3L},
    {"script-spherecols", 16, 4, WeightLaw.spherecols(1), "sumrelu", 1L, 3L},
    {"script-conv-normal", 16, 4, WeightLaw.normal(1), "conv", 1L, 3L},
    {"script-conv-uniform", 16, 4, WeightLaw.uniform(1), "conv", 1L, 3L},
    {"script-conv-bernoulli", 16, 4, WeightLaw.bernoulli(1), "conv", 1L, 3L},
  };

  public static void main(String[] args) throws Exception {
    for (Object[] c : CASES) {
      Network h = new Conv((int) c[1], (int) c[2], WeightLaw.bernoulli(1), "sum").draw((long) c[5]);
      Reduction r = Reduction.of(h, (WeightLaw) c[3], (long) c[6], (String) c[4]);
      Files.writeString(Path.of(args[0], c[0] + "-M.csv"), csv(r.matrix()));
      Files.writeString(Path.of(args[0], c[0] + "-w.csv"), csv(((PooledNetwork) h).weights()));
    }
  }

  static String csv(Mat m) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < m.rows; i++) {
      for (int j = 0; j < m.cols; j++) sb.append(j == 0 ? "" : ",").append(m.get(i, j));
      sb.append('\n');
    }
    return sb.toString();
  }
}
