/** From this many nodes on, Cytoscape draws with WebGL where the machine has a GPU (its canvas renderer slows down past about a thousand). */
export const WEBGL_FROM_NODES = 1_500;

/**
 * WebGL 2 on a real GPU. A software implementation (SwiftShader, llvmpipe)
 * is slower than the canvas renderer: measured here, uploading the label
 * textures alone took 2.5 s at 5,600 nodes.
 */
export function hasHardwareWebgl2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}
