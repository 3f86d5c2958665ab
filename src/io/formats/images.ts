/**
 * Image checks of a dataset that need the file system: missing, unreadable, or of
 * another size than the annotations say.
 */
import type { Dataset } from '../../core/document.js';
import { makeIssue, type ValidationIssue } from '../../core/document-validate.js';
import { imageHeaderSize } from './files.js';

/**
 * Checks every page's image. Only headers are read, so large datasets are quick.
 *
 * @example
 * const issues = await validateImages(await readDataset('funsd/testing_data'));
 */
export async function validateImages(dataset: Dataset): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  for (const doc of dataset.documents) {
    for (const [p, page] of doc.pages.entries()) {
      if (page.imagePath === undefined) {
        issues.push(makeIssue('IMAGE_MISSING', `image "${page.image}" not found`, doc, p));
        continue;
      }
      const size = await imageHeaderSize(page.imagePath);
      if (!size) {
        issues.push(makeIssue('IMAGE_UNREADABLE', `image ${page.imagePath} is not an image kie can read`, doc, p));
      } else if (page.width > 0 && page.height > 0 && (size.width !== page.width || size.height !== page.height)) {
        issues.push(
          makeIssue('IMAGE_SIZE_MISMATCH', `image ${page.imagePath} is ${size.width}x${size.height}, annotations say ${page.width}x${page.height}`, doc, p),
        );
      }
    }
  }
  return issues;
}
