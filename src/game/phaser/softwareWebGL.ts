/** WebGL drivers that run on the CPU (Chrome's SwiftShader, Mesa's llvmpipe, Windows' Basic Render Driver). */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE_RENDERERS.test(name);
}

let software: boolean | undefined;

/**
 * True when this browser's WebGL is emulated on the CPU. There every WebGL frame of the desk costs
 * tens of milliseconds on the main thread, delaying the keystroke that shares it, while Phaser's
 * canvas renderer draws the same shapes in about one. Asked once: it costs a WebGL context.
 */
export function webGLIsSoftware(): boolean {
  if (software !== undefined) return software;
  const gl = document.createElement('canvas').getContext('webgl');
  // Without WebGL, Phaser picks its canvas renderer by itself.
  if (!gl) return (software = false);
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return (software = isSoftwareRenderer(name));
}
